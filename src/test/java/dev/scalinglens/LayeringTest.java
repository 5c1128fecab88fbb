package dev.scalinglens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md and docs/architecture.md: the chart is data until the last step. Every rule must
 * match classes (no {@code allowEmptyShould}), so a renamed package fails here instead of passing silently.
 */
class LayeringTest {

    private static final String CATALOG = "dev.scalinglens.catalog..";
    private static final String SCIENCE = "dev.scalinglens.science..";
    private static final String CHARTS = "dev.scalinglens.charts..";
    private static final String PLOT = "dev.scalinglens.plot..";
    private static final String EXPORT = "dev.scalinglens.export..";
    private static final String CLI = "dev.scalinglens.cli..";
    private static final String APP = "dev.scalinglens.app..";
    private static final String BENCH = "dev.scalinglens.bench..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.scalinglens");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.scalinglens.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void catalogDependsOnNoHigherLayer() {
        noClasses().that().resideInAPackage(CATALOG)
                .should().dependOnClassesThat().resideInAnyPackage(SCIENCE, CHARTS, PLOT, EXPORT, CLI, APP)
                .check(classes);
    }

    @Test
    void scienceDependsOnNoHigherLayer() {
        noClasses().that().resideInAPackage(SCIENCE)
                .should().dependOnClassesThat().resideInAnyPackage(CHARTS, PLOT, EXPORT, CLI, APP)
                .check(classes);
    }

    /** Charts turn catalog and science into plot specs: the plot engine knows nothing of charts. */
    @Test
    void plotDependsOnNoChartScienceOrCatalog() {
        noClasses().that().resideInAPackage(PLOT)
                .should().dependOnClassesThat().resideInAnyPackage(CATALOG, SCIENCE, CHARTS, EXPORT, CLI, APP)
                .check(classes);
    }

    @Test
    void chartsDependOnNoExportCliOrApp() {
        noClasses().that().resideInAPackage(CHARTS)
                .should().dependOnClassesThat().resideInAnyPackage(EXPORT, CLI, APP)
                .check(classes);
    }

    /** JavaFX lives in the FX renderer, the app and the benchmarks only. */
    @Test
    void javaFxOnlyInTheFxRendererTheAppAndTheBenchmarks() {
        noClasses().that().resideInAPackage("dev.scalinglens..")
                .and().resideOutsideOfPackages("dev.scalinglens.plot.render.fx..", APP, BENCH)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    /** Benchmarks are commands: only the CLI registers them, and the app's own path never reaches them. */
    @Test
    void onlyTheCliUsesTheBenchmarks() {
        noClasses().that().resideInAPackage("dev.scalinglens..").and().resideOutsideOfPackages(CLI, BENCH)
                .should().dependOnClassesThat().resideInAPackage(BENCH)
                .check(classes);
    }

    @Test
    void cliAndExportNeverDependOnTheApp() {
        noClasses().that().resideInAnyPackage(CLI, EXPORT)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .check(classes);
    }

    /** The relaunch runs before the app is loaded: it must pull in nothing of the app. */
    @Test
    void theLauncherDependsOnNothingOfTheApp() {
        noClasses().that().resideInAPackage("dev.scalinglens.launch..")
                .should().dependOnClassesThat().resideInAnyPackage(CATALOG, SCIENCE, CHARTS, PLOT, EXPORT, CLI, APP,
                        BENCH)
                .check(classes);
    }

    @Test
    void exportNeverDependsOnTheCli() {
        noClasses().that().resideInAPackage(EXPORT)
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .check(classes);
    }

    @Test
    void viewModelsNeverImportJavaFxScene() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    /** Views show what view models computed: a view never calls the science (the proxy for "never computes"). */
    @Test
    void viewsNeverCompute() {
        noClasses().that().resideInAPackage(APP).and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage(SCIENCE, "dev.scalinglens.catalog.io..",
                        "dev.scalinglens.catalog.importers..")
                .check(classes);
    }
}
