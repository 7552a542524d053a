package de.cet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering honest. ArchUnit's JUnit 5 runner runs nothing under JUnit 6, so the rules are
 * checked from plain tests. No rule allows an empty selection: a rule over a mistyped package fails
 * instead of passing by checking nothing.
 */
class ArchitectureTest {

    /** The bounded contexts. A new top-level package under de.cet must be added here (or to SUPPORT). */
    static final List<String> CONTEXTS = List.of("identity", "books", "ledger", "reporting", "backup", "splitting",
        "budgeting", "recurring", "notifications", "importing", "exporting", "receipts");

    /** Top-level packages that are not contexts: the shared kernel and the demo instance (dev only). */
    static final List<String> SUPPORT = List.of("shared", "demo");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.cet");
    }

    @Test
    void everyTopLevelPackageIsAKnownContextOrSupport() {
        Set<String> found = classes.stream()
            .map(c -> c.getPackageName().split("\\."))
            .filter(parts -> parts.length > 2)
            .map(parts -> parts[2])
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(CONTEXTS);
        known.addAll(SUPPORT);
        assertEquals(known, found, "top-level packages under de.cet");
    }

    @Test
    void domainDoesNotDependOnWebOrQuarkusOrVertxOrOuterLayers() {
        ArchRule rule = noClasses().that().resideInAPackage("de.cet.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "jakarta.ws.rs..", "io.quarkus..", "io.vertx..", "org.jboss.resteasy..",
                "..api..", "..application..", "..infrastructure..");
        rule.check(classes);
    }

    @Test
    void applicationLayerDoesNotDependOnTheWebLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("de.cet.*.application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..api..", "org.jboss.resteasy..");
        rule.check(classes);
    }

    @Test
    void applicationCodeDoesNotReachIntoItsOwnContextsInfrastructure() {
        // The application layer states what it needs as ports (interfaces in application or domain);
        // infrastructure implements them. Every context with both layers is checked.
        int checked = 0;
        for (String context : CONTEXTS) {
            String application = "de.cet." + context + ".application..";
            String infrastructure = "de.cet." + context + ".infrastructure..";
            if (!hasClassesIn(application) || !hasClassesIn(infrastructure)) {
                continue;
            }
            noClasses().that().resideInAPackage(application)
                .should().dependOnClassesThat().resideInAPackage(infrastructure)
                .check(classes);
            checked++;
        }
        assertTrue(checked >= 4, "contexts with application and infrastructure layers: " + checked);
    }

    @Test
    void entitiesNeverCrossHttp() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().resideInAPackage("de.cet.*.api..")
            .and().arePublic()
            .should().notHaveRawReturnType(DescribedPredicate.describe(
                "an @Entity", (JavaClass c) -> c.isAnnotatedWith(Entity.class)));
        rule.check(classes);
    }

    @Test
    void contextsDoNotReachIntoEachOthersInfrastructure() {
        for (String context : CONTEXTS) {
            if (!hasClassesIn("de.cet." + context + ".infrastructure..")) {
                continue;
            }
            noClasses().that().resideOutsideOfPackage("de.cet." + context + "..")
                .should().dependOnClassesThat().resideInAPackage("de.cet." + context + ".infrastructure..")
                .check(classes);
        }
    }

    @Test
    void sharedKernelDependsOnNoContext() {
        ArchRule rule = noClasses().that().resideInAPackage("de.cet.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                CONTEXTS.stream().map(c -> "de.cet." + c + "..").toArray(String[]::new));
        rule.check(classes);
    }

    @Test
    void noContextDependsOnTheDemo() {
        // The demo instance builds its data through the contexts' application services; nothing depends back.
        noClasses().that().resideOutsideOfPackage("de.cet.demo..")
            .should().dependOnClassesThat().resideInAPackage("de.cet.demo..")
            .check(classes);
    }

    @Test
    void booksDoNotDependOnIdentity() {
        // Identity uses books (invitations into books, memberships in /me); books learns names through its
        // MemberDirectory port, so the dependency never points back.
        ArchRule rule = noClasses().that().resideInAPackage("de.cet.books..")
            .should().dependOnClassesThat().resideInAPackage("de.cet.identity..");
        rule.check(classes);
    }

    private static boolean hasClassesIn(String packageIdentifier) {
        return classes.stream().anyMatch(c -> com.tngtech.archunit.core.domain.PackageMatcher.of(packageIdentifier)
            .matches(c.getPackageName()));
    }
}
