package de.cet.reporting;

import static de.cet.reporting.ReportFixtures.CHAIR_SIGNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.cet.reporting.api.ExpenseReportJson;
import de.cet.reporting.api.TransparencyReportJson;
import de.cet.reporting.model.ReportLanguage;
import de.cet.shared.api.JsonConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON figures of the hand-computed fixtures, through the application's Jackson configuration. */
class ReportJsonTest {

    private static ObjectMapper mapper;

    @BeforeAll
    static void mapper() {
        mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonConfiguration().customize(mapper);
    }

    private static JsonNode json(Object dto) throws Exception {
        return mapper.readTree(mapper.writeValueAsString(dto));
    }

    @Test
    void transparencyReportCarriesTheApiFieldsWithMoneyAsStrings() throws Exception {
        JsonNode json = json(TransparencyReportJson.from(ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS)));
        assertEquals("2500.00", json.get("openingBalance").textValue());
        assertEquals("18003.47", json.get("totalIncome").textValue());
        assertEquals("13366.05", json.get("totalExpenses").textValue());
        assertEquals("7137.42", json.get("closingBalance").textValue());
        assertEquals("IN-110", json.at("/income/0/officialCode").textValue());
        assertEquals("Sockelbetrag", json.at("/income/0/name").textValue());
        assertEquals("12000.00", json.at("/income/0/amount").textValue());
        assertEquals("EX-300", json.at("/expenses/2/officialCode").textValue());
        assertEquals("312.85", json.at("/expenses/2/amount").textValue());
        assertEquals("REPAYMENT_TO_MUNICIPALITY", json.at("/balanceLines/3/kind").textValue());
        assertEquals("4637.42", json.at("/balanceLines/3/amount").textValue());
        assertEquals("2026-01-01", json.at("/period/startDate").textValue());
        assertEquals("2026-12-31", json.at("/inventory/1/date").textValue());
        assertEquals("Dr. Hannelore Weiß", json.at("/signOffs/0/displayName").textValue());
        assertEquals("2027-02-10T09:30:00Z", json.at("/signOffs/0/signedAt").textValue());
        assertEquals(ReportFixtures.CHAIR.toString(), json.at("/signOffs/0/userId").textValue());
        assertTrue(json.get("draft").booleanValue());
        assertEquals("PUBLIC", json.get("fund").textValue());
        assertTrue(json.get("statementOfProperUse").textValue().contains("Haushaltsjahr 2026"));
    }

    @Test
    void englishTransparencyReportNamesCategoriesInEnglish() throws Exception {
        JsonNode json = json(TransparencyReportJson.from(ReportFixtures.publicFund(ReportLanguage.EN)));
        assertEquals("Office supplies and postage", json.at("/expenses/2/name").textValue());
        assertEquals("Repayment to the municipality", json.at("/balanceLines/3/label").textValue());
        assertTrue(json.get("statementOfProperUse").textValue().startsWith("We declare"));
    }

    @Test
    void ownFundReportStandsApart() throws Exception {
        JsonNode json = json(TransparencyReportJson.from(ReportFixtures.ownFund(ReportLanguage.DE)));
        assertEquals("OWN", json.get("fund").textValue());
        assertEquals("Eigenmittel der Mitglieder", json.at("/income/0/name").textValue());
        assertEquals("325.00", json.get("closingBalance").textValue());
    }

    @Test
    void expenseReportCarriesGroupsSubtotalsAndTotals() throws Exception {
        JsonNode json = json(ExpenseReportJson.from(ReportFixtures.year(ReportLanguage.DE)));
        assertEquals("12240.00", json.get("totalIncome").textValue());
        assertEquals("479.45", json.get("totalExpense").textValue());
        assertEquals("11760.55", json.get("balance").textValue());
        assertEquals("-325.25", json.at("/groups/0/subtotal").textValue());
        assertEquals("EX-300", json.at("/groups/0/officialCode").textValue());
        JsonNode reversal = json.at("/groups/0/lines/1");
        assertTrue(reversal.get("reversal").booleanValue());
        assertEquals("37.15", reversal.get("amount").textValue());
        assertEquals("37.15", reversal.get("signedAmount").textValue());
        assertEquals("Jana Öztürk", json.at("/groups/0/lines/2/advancedBy").textValue());
        assertEquals("2026-098", json.at("/groups/0/lines/2/receiptNumbers/0").textValue());
        assertEquals("TRANSFER", json.at("/groups/4/lines/0/type").textValue());
        assertEquals("0.00", json.at("/groups/4/lines/0/signedAmount").textValue());
        assertTrue(json.at("/groups/4/officialCode").isNull());
        assertEquals(7, json.get("lineCount").intValue());
    }
}
