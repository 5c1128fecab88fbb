package dev.scalinglens.app.problems;

import dev.scalinglens.catalog.Problem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

/** The load problems of the last catalog load, as the bottom panel lists them. */
public final class ProblemsViewModel {

    private final ObservableList<Problem> problems;
    private final BooleanProperty expanded = new SimpleBooleanProperty(false);
    private final StringBinding summary;
    private final BooleanBinding hasErrors;

    public ProblemsViewModel(ObservableList<Problem> problems) {
        this.problems = problems;
        this.hasErrors = Bindings.createBooleanBinding(() -> problems.stream().anyMatch(Problem::isError), problems);
        this.summary = Bindings.createStringBinding(() -> {
            long errors = problems.stream().filter(Problem::isError).count();
            long warnings = problems.size() - errors;
            return "Problems: " + errors + (errors == 1 ? " error, " : " errors, ")
                    + warnings + (warnings == 1 ? " warning" : " warnings");
        }, problems);
        // Open the panel when new errors arrive, so a refused file is never silent.
        hasErrors.addListener((obs, had, has) -> {
            if (has) {
                expanded.set(true);
            }
        });
    }

    public ObservableList<Problem> getProblems() {
        return problems;
    }

    /** User input: whether the panel is open. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public StringBinding summaryBinding() {
        return summary;
    }

    /** What double-clicking a problem puts on the clipboard: "file:line:column: message". */
    public String textToCopy(Problem problem) {
        return problem.format();
    }
}
