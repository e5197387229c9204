package dev.glassbox.swing.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.swing.GlassboxPanel;
import dev.glassbox.swing.internal.layout.WrappingLabel;
import dev.glassbox.swing.testing.GuiTest;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long scenario names are never cut: the scenario list opens as wide as its longest name (wider
 * than the combo, which keeps its column narrow, and says the whole name in its tooltip), and the
 * lesson title wraps instead of ending in "…" — at 1366×768, in the test toolkit's font and in a
 * desktop's 14 px font at 100 % and 150 %.
 */
class LongNamesGuiTest extends GuiTest {
    private static final String[] FONTS = {"Label.font", "ComboBox.font", "List.font"};

    @AfterEach
    void defaultFonts() {
        for (String key : FONTS) {
            UIManager.put(key, null);
        }
    }

    private GlassboxPanel showAt(int fontSize) {
        if (fontSize > 0) {
            for (String key : FONTS) {
                UIManager.put(key, new FontUIResource(Font.SANS_SERIF, Font.PLAIN, fontSize));
            }
        }
        GlassboxPanel[] panel = new GlassboxPanel[1];
        show(() -> panel[0] = new GlassboxPanel(BuiltInScenarios.get("xor")), 1366, 768);
        return panel[0];
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 14, 21})
    void theScenarioListIsAsWideAsItsLongestName(int fontSize) {
        showAt(fontSize);
        JComboBoxFixture combo = window.comboBox("scenarioCombo");
        combo.click();
        robot.waitForIdle();
        JList<?> list = onEdt(() -> ((javax.swing.plaf.basic.ComboPopup) combo.target().getUI()
                .getAccessibleChild(combo.target(), 0)).getList());
        int[] widths = onEdt(() -> {
            @SuppressWarnings("unchecked")
            JComboBox<Object> box = (JComboBox<Object>) combo.target();
            ListCellRenderer<Object> renderer = box.getRenderer();
            @SuppressWarnings("unchecked")
            JList<Object> l = (JList<Object>) list;
            int longest = 0;
            for (int i = 0; i < box.getItemCount(); i++) {
                Component c = renderer.getListCellRendererComponent(l, box.getItemAt(i), i, false, false);
                JLabel label = (JLabel) c;
                FontMetrics fm = label.getFontMetrics(label.getFont());
                java.awt.Insets in = label.getInsets();
                longest = Math.max(longest, fm.stringWidth(label.getText()) + in.left + in.right);
            }
            return new int[] {longest, list.getVisibleRect().width, box.getWidth()};
        });
        assertThat(widths[1]).as("the list's width against its longest name").isGreaterThanOrEqualTo(widths[0]);
        onEdtRun(() -> combo.target().hidePopup());
        assertThat(widths[0]).as("the combo itself is narrower than the longest name (else nothing is tested)")
                .isGreaterThan(widths[2]);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 14, 21})
    void theVanishingGradientTitleWrapsInsteadOfBeingCut(int fontSize) {
        showAt(fontSize);
        JComboBoxFixture combo = window.comboBox("scenarioCombo");
        int index = onEdt(() -> {
            for (int i = 0; i < combo.target().getItemCount(); i++) {
                if (combo.target().getItemAt(i).toString().contains("vanishing-gradient")) {
                    return i;
                }
            }
            throw new AssertionError("no vanishing-gradient lesson");
        });
        selectItem(combo, index);
        String name = BuiltInScenarios.get("vanishing-gradient").name();
        window.label("lessonTitle").requireText(name);
        assertThat(onEdt(() -> combo.target().getToolTipText())).as("the combo's tooltip").contains(name);
        WrappingLabel title = (WrappingLabel) window.label("lessonTitle").target();
        int[] fit = onEdt(() -> {
            FontMetrics fm = title.getFontMetrics(title.getFont());
            java.awt.Insets in = title.getInsets();
            int width = title.getWidth() - in.left - in.right;
            int widest = title.lines(fm, width).stream().mapToInt(fm::stringWidth).max().orElse(0);
            return new int[] {widest, width, title.lines(fm, width).size() * fm.getHeight(), title.getHeight(),
                    fm.stringWidth(name)};
        });
        assertThat(fit[0]).as("every line of the title within its width").isLessThanOrEqualTo(fit[1]);
        assertThat(fit[3]).as("the title is as tall as its lines").isGreaterThanOrEqualTo(fit[2]);
        assertThat(String.join(" ", onEdt(() -> title.lines(title.getFontMetrics(title.getFont()),
                title.getWidth() - title.getInsets().left - title.getInsets().right)))).isEqualTo(name);
    }
}
