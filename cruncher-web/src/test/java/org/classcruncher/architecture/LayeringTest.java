package org.classcruncher.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the build enforces, over every class of the application (the WAR's, the business layer's, the
 * planner's and the API's), with no exception listed. From the top: the web layer (REST API and portal); the components
 * health, solve, school, plugin and account, each a boundary over its control over its entities; the problem family;
 * the planner in plain Java; the API and SPI. An arrow may only point down.
 */
@AnalyzeClasses(packages = "org.classcruncher", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule arrowsOnlyPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Web").definedBy("org.classcruncher.web..")
            .layer("Health").definedBy("org.classcruncher.health..")
            .layer("Solve").definedBy("org.classcruncher.solve..")
            .layer("School").definedBy("org.classcruncher.school..")
            .layer("Plugin").definedBy("org.classcruncher.plugin..")
            .layer("Account").definedBy("org.classcruncher.account..")
            .layer("Schema").definedBy("org.classcruncher.schema..")
            .layer("Problem").definedBy("org.classcruncher.problem..")
            .layer("Planner").definedBy("org.classcruncher.planner..", "org.classcruncher.cli..")
            .layer("Api").definedBy("org.classcruncher.api..", "org.classcruncher.spi..")
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Health").mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Solve").mayOnlyBeAccessedByLayers("Web", "Health")
            .whereLayer("School").mayOnlyBeAccessedByLayers("Web", "Health", "Solve")
            .whereLayer("Plugin").mayOnlyBeAccessedByLayers("Web", "Health", "Solve", "School")
            .whereLayer("Account").mayOnlyBeAccessedByLayers("Web", "Health", "Solve", "School", "Plugin")
            .whereLayer("Schema").mayOnlyBeAccessedByLayers("Web", "Health", "Solve", "School", "Plugin", "Account")
            .whereLayer("Problem").mayOnlyBeAccessedByLayers("Web", "Health", "Solve", "School", "Plugin", "Account",
                    "Schema")
            .whereLayer("Planner").mayOnlyBeAccessedByLayers("Health", "Solve", "School", "Plugin")
            .whereLayer("Api").mayOnlyBeAccessedByLayers("Web", "Health", "Solve", "School", "Plugin", "Account",
                    "Schema", "Problem", "Planner");

    @ArchTest
    static final ArchRule componentsAreFreeOfCycles = slices().matching("org.classcruncher.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule theWebReachesTheBusinessLayerThroughItsBoundaries = noClasses()
            .that().resideInAPackage("org.classcruncher.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.classcruncher..control..",
                    "org.classcruncher.planner..", "org.classcruncher.cli..");

    @ArchTest
    static final ArchRule controlKnowsNoBoundary = noClasses().that().resideInAPackage("org.classcruncher..control..")
            .should().dependOnClassesThat().resideInAPackage("org.classcruncher..boundary..");

    @ArchTest
    static final ArchRule entitiesKnowNeitherControlNorBoundary = noClasses()
            .that().resideInAPackage("org.classcruncher..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.classcruncher..control..",
                    "org.classcruncher..boundary..");

    @ArchTest
    static final ArchRule thePlannerIsPlainJava = classes().that().resideInAPackage("org.classcruncher.planner..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.classcruncher.planner..",
                    "org.classcruncher.api..", "org.classcruncher.spi..", "java..", "org.gnu.glpk..",
                    "org.objectweb.asm..");

    @ArchTest
    static final ArchRule theCommandLineIsThePlannersAndJsonB = classes().that().resideInAPackage("org.classcruncher.cli..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.classcruncher.cli..",
                    "org.classcruncher.planner..", "org.classcruncher.api..", "org.classcruncher.spi..", "java..",
                    "org.gnu.glpk..", "jakarta.json..");

    @ArchTest
    static final ArchRule theApiStandsAlone = classes().that().resideInAnyPackage("org.classcruncher.api..",
                    "org.classcruncher.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.classcruncher.api..",
                    "org.classcruncher.spi..", "java..", "jakarta.json.bind.annotation..");
}
