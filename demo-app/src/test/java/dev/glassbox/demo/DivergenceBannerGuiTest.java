package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.core.math.Activation;
import dev.glassbox.core.session.Divergence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import org.assertj.swing.fixture.JLabelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The banner under the controls: the cause, the epoch as the toolbar counts it, and the advice. */
class DivergenceBannerGuiTest extends AppGuiTest {
    private static final Pattern TOOLBAR_EPOCH = Pattern.compile("Epoch (\\d+)( · loss .*)?");

    @BeforeEach
    void open() {
        showApp();
        window.slider("speedSlider").slideToMaximum();
    }

    /** The epoch the toolbar's label shows. */
    private int toolbarEpoch() {
        Matcher m = TOOLBAR_EPOCH.matcher(window.label("epochLabel").text());
        assertThat(m.matches()).as(window.label("epochLabel").text()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private JLabelFixture label(String name) {
        return new JLabelFixture(robot, robot.finder().findByName(app, name, JLabel.class, false));
    }

    @Test
    void aDivergenceNamesTheEpochTheToolbarShows() {
        select("outputActivationCombo", Activation.LINEAR.id());
        window.spinner("learningRateSpinner").enterTextAndCommit("50");
        window.button("playButton").click();
        await("divergence", () -> model().session().divergence().isPresent());
        robot.waitForIdle();

        int shown = toolbarEpoch();
        Divergence d = onEdt(() -> model().session().divergence().orElseThrow());
        assertThat(shown).isEqualTo(d.epoch() - 1);
        assertThat(window.label("divergenceMessage").text())
                .contains("at epoch " + d.epoch() + ":", "kept as it was after epoch " + shown + ".");
        window.label("divergenceAdvice").requireVisible().requireText(DivergenceBanner.advice());
    }

    /**
     * xor at η = 100: the first update saturates the output (its loss rises from 0.158 to 0.249),
     * which the banner reports at epoch 2 as the toolbar reaches epoch 2; play stays possible.
     */
    @Test
    void aWarningAppearsAtItsEpochAndTrainingGoesOn() {
        window.spinner("learningRateSpinner").enterTextAndCommit("100");
        assertThat(onEdt(() -> model().session().learningRate())).isEqualTo(100.0);

        window.button("stepButton").click();
        assertThat(toolbarEpoch()).isEqualTo(1);
        label("divergenceMessage").requireNotVisible();
        label("divergenceAdvice").requireNotVisible();

        window.button("stepButton").click();
        assertThat(toolbarEpoch()).isEqualTo(2);
        Divergence saturation = onEdt(() -> model().session().warnings().get(0));
        assertThat(saturation.kind()).isEqualTo(Divergence.Kind.SATURATION);
        window.label("divergenceMessage").requireVisible().requireText(saturation.message());
        assertThat(saturation.message()).startsWith("The network saturated at epoch 2 ");
        window.label("divergenceAdvice").requireVisible().requireText(DivergenceBanner.advice());

        window.button("playButton").requireEnabled().click();
        await("the loss jump", () -> model().session().warnings().size() == 2);
        await("more training", () -> model().session().epoch() > 1000);
        window.button("playButton").click();
        Divergence jump = onEdt(() -> model().session().warnings().get(1));
        assertThat(jump.kind()).isEqualTo(Divergence.Kind.LOSS_JUMP);
        window.label("divergenceMessage").requireText(jump.message());

        window.button("resetButton").click();
        label("divergenceMessage").requireNotVisible();
        label("divergenceAdvice").requireNotVisible();
    }
}
