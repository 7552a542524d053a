package de.cet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering honest. ArchUnit's JUnit 5 runner runs nothing under JUnit 6, so the rules are
 * checked from plain tests.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.cet");
    }

    @Test
    void domainDoesNotDependOnWebOrPanacheOrVertx() {
        ArchRule rule = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "jakarta.ws.rs..", "io.quarkus.hibernate.orm.panache..", "io.vertx..", "org.jboss.resteasy..",
                "..api..", "..infrastructure..")
            .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void applicationLayerDoesNotDependOnTheWebLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..api..", "org.jboss.resteasy..")
            .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void entitiesNeverCrossHttp() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().resideInAPackage("..api..")
            .and().arePublic()
            .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                "an @Entity", (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(Entity.class)))
            .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void contextsDoNotReachIntoEachOthersInfrastructure() {
        for (String context : new String[] {"identity", "ledger", "reporting", "backup"}) {
            ArchRule rule = noClasses().that().resideOutsideOfPackage("de.cet." + context + "..")
                .should().dependOnClassesThat().resideInAPackage("de.cet." + context + ".infrastructure..")
                .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    @Test
    void sharedKernelDependsOnNoContext() {
        ArchRule rule = noClasses().that().resideInAPackage("de.cet.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("de.cet.identity..", "de.cet.ledger..",
                "de.cet.reporting..", "de.cet.backup..")
            .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void booksDoNotDependOnIdentity() {
        // Identity uses books (invitations into books, memberships in /me); books learns names through its
        // MemberDirectory port, so the dependency never points back.
        ArchRule rule = noClasses().that().resideInAPackage("de.cet.books..")
            .should().dependOnClassesThat().resideInAPackage("de.cet.identity..")
            .allowEmptyShould(true);
        rule.check(classes);
    }
}
