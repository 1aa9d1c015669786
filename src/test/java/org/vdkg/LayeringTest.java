package org.vdkg;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, bottom to top, in the order data flows (README, "Repository layout"): each package
 * may use only the layers below it, and the features of one level (publish, search, view) not each other.
 */
class LayeringTest {

    /** The levels, bottom first; the packages of one level may not use each other. */
    static final List<List<String>> LEVELS = List.of(
            List.of("problem"),
            List.of("layout"),
            List.of("vocab"),
            List.of("yaml"),
            List.of("model"),
            List.of("read"),
            List.of("validate"),
            List.of("map"),
            List.of("curate"),
            List.of("store"),
            List.of("build"),
            List.of("query"),
            List.of("words"),
            List.of("network"),
            List.of("export"),
            List.of("release"),
            List.of("web"),
            List.of("publish", "search", "view"),
            List.of("serve"),
            List.of("coverage"),
            List.of("intake"),
            List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vdkg");
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> level : LEVELS) {
            for (String name : level) {
                layers = layers.layer(name).definedBy("org.vdkg." + name + "..");
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> level : LEVELS) {
            for (String name : level) {
                layers = below.isEmpty() ? layers.whereLayer(name).mayNotAccessAnyLayer()
                        : layers.whereLayer(name).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(level);
        }
        layers.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.vdkg.(*)..").should().beFreeOfCycles().check(classes);
    }
}
