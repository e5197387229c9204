import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.session.Divergence;
import dev.glassbox.core.session.TrainingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurements behind the session's divergence warnings (core's DivergenceWatch): every
 * built-in scenario trained for N epochs at its own learning rate and at each rate given, printing
 * the final loss and every warning or divergence the session reported. Run by hand, not by the build:
 *
 *   java -cp demo-app/target/glassbox-demo.jar scripts/DivergenceSurvey.java 1000000 0.1 1 10 30 100 1000
 */
public final class DivergenceSurvey {
    public static void main(String[] args) {
        int epochs = Integer.parseInt(args[0]);
        for (String id : BuiltInScenarios.ids()) {
            Scenario scenario = BuiltInScenarios.get(id);
            List<Double> rates = new ArrayList<>(List.of(scenario.learningRate()));
            for (int k = 1; k < args.length; k++) {
                rates.add(Double.parseDouble(args[k]));
            }
            for (double eta : rates) {
                TrainingSession session = new TrainingSession(scenario.toBuilder().learningRate(eta).build());
                session.run(epochs);
                List<Divergence> found = new ArrayList<>(session.warnings());
                session.divergence().ifPresent(found::add);
                System.out.printf(Locale.ROOT, "%-20s η = %-6s %s after %d epochs: loss %.3g%n", id, eta,
                        eta == scenario.learningRate() ? "(own)" : "     ", session.epoch(), session.datasetLoss());
                found.forEach(d -> System.out.println("    " + d.message()));
            }
        }
    }
}
