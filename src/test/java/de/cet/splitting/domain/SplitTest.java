package de.cet.splitting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The split rule on the examples ADR 0011 lists; the web app's preview is tested against the same ones
 * (src/main/webui/src/features/splitting/splitRule.test.ts).
 */
class SplitTest {

    static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID CEM = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID DANA = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID ELIF = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    static final UUID FINN = UUID.fromString("00000000-0000-0000-0000-00000000000f");
    static final Set<UUID> MEMBERS = Set.of(ANNA, BEN, CEM, DANA, ELIF, FINN);

    static List<String> parts(Split s) {
        return s.parts().stream().map(p -> p.amount().toString()).toList();
    }

    static Share share(UUID id, String value) {
        return new Share(id, value == null ? null : new BigDecimal(value));
    }

    static List<Payer> paidBy(UUID id, String amount) {
        return List.of(new Payer(id, Money.parse(amount)));
    }

    @Test
    void equalThreeWaysGivesTheCentLeftOverToTheFirstListed() {
        Split s = Split.of(Money.parse("100.00"), SplitMethod.EQUAL, paidBy(ANNA, "100.00"),
            List.of(share(ANNA, null), share(BEN, null), share(CEM, null)), MEMBERS);
        assertEquals(List.of("33.34", "33.33", "33.33"), parts(s));
    }

    @Test
    void equalSixWaysGivesFourCentsToTheFirstFour() {
        Split s = Split.of(Money.parse("1.00"), SplitMethod.EQUAL, paidBy(BEN, "1.00"),
            List.of(share(ANNA, null), share(BEN, null), share(CEM, null), share(DANA, null), share(ELIF, null),
                share(FINN, null)), MEMBERS);
        assertEquals(List.of("0.17", "0.17", "0.17", "0.17", "0.16", "0.16"), parts(s));
    }

    @Test
    void sharesOneToTwoGiveTheCentToTheLargerRemainder() {
        Split s = Split.of(Money.parse("10.00"), SplitMethod.SHARES, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, "1"), share(BEN, "2")), MEMBERS);
        assertEquals(List.of("3.33", "6.67"), parts(s));
    }

    @Test
    void percentagesGiveTheCentsByLargestRemainderThenByListing() {
        // quotas 1.6665, 1.6665, 1.667 cents: floors 1+1+1, two cents left, to the third and then the first
        Split s = Split.of(Money.parse("0.05"), SplitMethod.PERCENT, paidBy(CEM, "0.05"),
            List.of(share(ANNA, "33.33"), share(BEN, "33.33"), share(CEM, "33.34")), MEMBERS);
        assertEquals(List.of("0.02", "0.01", "0.02"), parts(s));
    }

    @Test
    void sharesWithFractionsAndSeveralPayers() {
        // 2.5 : 1.5 : 1 of 47.11 → quotas 23.555, 14.133, 9.422: floors 23.55, 14.13, 9.42 and one cent left
        Split s = Split.of(Money.parse("47.11"), SplitMethod.SHARES,
            List.of(new Payer(ANNA, Money.parse("40.00")), new Payer(DANA, Money.parse("7.11"))),
            List.of(share(ANNA, "2.5"), share(BEN, "1.5"), share(CEM, "1")), MEMBERS);
        assertEquals(List.of("23.56", "14.13", "9.42"), parts(s));
    }

    @Test
    void exactPartsAreTakenAsTheyAre() {
        Split s = Split.of(Money.parse("30.00"), SplitMethod.EXACT, paidBy(ANNA, "30.00"),
            List.of(share(ANNA, "10.50"), share(BEN, "19.50")), MEMBERS);
        assertEquals(List.of("10.50", "19.50"), parts(s));
    }

    @Test
    void theSameInputAlwaysGivesTheSameParts() {
        List<Share> shares = List.of(share(ANNA, "3"), share(BEN, "3"), share(CEM, "3"));
        Split first = Split.of(Money.parse("0.10"), SplitMethod.SHARES, paidBy(ANNA, "0.10"), shares, MEMBERS);
        for (int i = 0; i < 20; i++) {
            assertEquals(first.parts(), Split.of(Money.parse("0.10"), SplitMethod.SHARES, paidBy(ANNA, "0.10"), shares, MEMBERS).parts());
        }
        assertEquals(List.of("0.04", "0.03", "0.03"), parts(first));
    }

    @Test
    void anEditedAmountKeepsTheMethodAndMovesASinglePayer() {
        Split s = Split.of(Money.parse("10.00"), SplitMethod.EQUAL, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, null), share(BEN, null)), MEMBERS).withAmount(Money.parse("10.01"), MEMBERS);
        assertEquals(List.of("5.01", "5.00"), parts(s));
        assertEquals(Money.parse("10.01"), s.payers().get(0).amount());
    }

    static List<FieldError> errorsOf(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).errors();
    }

    @Test
    void percentagesThatDoNotSumTo100AreRefused() {
        var errors = errorsOf(() -> Split.of(Money.parse("10.00"), SplitMethod.PERCENT, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, "50"), share(BEN, "49.99")), MEMBERS));
        assertEquals(List.of(new FieldError("split.shares", "the percentages sum to 99.99, not to 100")), errors);
    }

    @Test
    void exactPartsThatDoNotSumToTheAmountAreRefused() {
        var errors = errorsOf(() -> Split.of(Money.parse("10.00"), SplitMethod.EXACT, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, "5.00"), share(BEN, "4.99")), MEMBERS));
        assertEquals(List.of(new FieldError("split.shares", "the exact parts sum to 9.99, not to the amount 10.00")), errors);
    }

    @Test
    void payersMustSumToTheAmount() {
        var errors = errorsOf(() -> Split.of(Money.parse("10.00"), SplitMethod.EQUAL,
            List.of(new Payer(ANNA, Money.parse("6.00")), new Payer(BEN, Money.parse("3.00"))),
            List.of(share(ANNA, null)), MEMBERS));
        assertEquals(List.of(new FieldError("split.payers", "the amounts paid sum to 9.00, not to the amount 10.00")), errors);
    }

    @Test
    void strangersZeroSharesDuplicatesAndMissingPartsAreAllNamedAtOnce() {
        UUID stranger = UUID.randomUUID();
        var errors = errorsOf(() -> Split.of(Money.parse("10.00"), SplitMethod.SHARES,
            List.of(new Payer(stranger, Money.parse("10.00"))),
            List.of(share(ANNA, "0"), share(BEN, "1"), share(BEN, "1"), share(CEM, null), share(DANA, "0.125")), MEMBERS));
        assertEquals(List.of(
            new FieldError("split.payers[0].memberId", "is not a member of this book"),
            new FieldError("split.shares[0].value", "must be greater than zero (leave out a member who shares nothing)"),
            new FieldError("split.shares[2].memberId", "is listed twice"),
            new FieldError("split.shares[3].value", "is required for SHARES"),
            new FieldError("split.shares[4].value", "has more than two fraction digits")), errors);
    }

    @Test
    void noMethodNoPayersNoSharesAreRefused() {
        var errors = errorsOf(() -> Split.of(Money.parse("10.00"), null, List.of(), List.of(), MEMBERS));
        assertEquals(List.of("split.method", "split.payers", "split.shares"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void equalTakesNoValuesAndPayersPayAPositiveAmount() {
        var errors = errorsOf(() -> Split.of(Money.parse("10.00"), SplitMethod.EQUAL,
            List.of(new Payer(ANNA, Money.parse("10.00")), new Payer(BEN, Money.ZERO)),
            List.of(share(ANNA, "1")), MEMBERS));
        assertEquals(List.of(
            new FieldError("split.payers[1].amount", "must be greater than zero"),
            new FieldError("split.shares[0].value", "must be absent: EQUAL splits without values")), errors);
    }
}
