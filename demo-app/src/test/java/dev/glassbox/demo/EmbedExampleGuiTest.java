package dev.glassbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.swing.network.NetworkView;
import dev.glassbox.swing.testing.GuiTest;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

class EmbedExampleGuiTest extends GuiTest {

    @Test
    void theExampleShowsATrainableNetwork() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame frame = GuiActionRunner.execute(EmbedExample::frame);
        window = new FrameFixture(robot, frame);
        window.show();
        robot.waitForIdle();

        NetworkView network = robot.finder().findByName(frame, "networkView", NetworkView.class);
        assertThat(onEdt(network::isShowing)).isTrue();
        window.panel("chainRulePanel").requireVisible();
        window.panel("lossChart").requireVisible();
        window.slider("speedSlider").slideToMaximum();
        window.button("stepButton").click();
        assertThat(onEdt(() -> network.model().session().epoch())).isEqualTo(1);
    }
}
