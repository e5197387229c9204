package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;
import javax.swing.JLabel;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

/** Help → Conventions states the conventions the tooltips and the chain rule point to, and closes with Escape. */
class ConventionsDialogGuiTest extends AppGuiTest {
    @Test
    void helpConventionsStatesTheHalfTheMeansTheSignOfTheUpdateAndTheWeightsTheBackwardPassUses() {
        showApp();
        window.menuItemWithPath("Help", "Conventions").click();
        DialogFixture dialog = WindowFinder.findDialog("conventionsDialog").withTimeout(10_000).using(robot);
        List<String> paragraphs = onEdt(() -> Arrays.stream(((javax.swing.JDialog) dialog.target()).getContentPane().getComponents())
                .filter(c -> "conventionParagraph".equals(c.getName())).map(c -> ((JLabel) c).getText()).toList());
        assertThat(paragraphs).hasSize(5);
        assertThat(String.join("\n", paragraphs)).contains("L = ½(a − y)²", "a − y without a factor 2",
                "L = (L₁ + … + Lₙ) / n", "ḡ = (g₁ + … + gₙ) / n", "w ← w − η·ḡ", "a positive ḡ lowers the weight",
                "the weights before the update");
        dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        dialog.requireNotVisible();
    }
}
