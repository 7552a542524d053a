package de.cet.shared.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesTheApiFormExactly() {
        assertEquals("12.34", Money.parse("12.34").toString());
        assertEquals("-0.50", Money.parse("-0.50").toString());
        assertEquals(Money.ZERO, Money.parse("0.00"));
    }

    @Test
    void refusesAnythingButTwoFractionDigits() {
        for (String bad : new String[] {"12", "12.3", "12.345", "1e3", " 1.00", "1,00", "", "+1.00", "0x10"}) {
            assertThrows(InvalidMoneyException.class, () -> Money.parse(bad), bad);
        }
        assertThrows(InvalidMoneyException.class, () -> Money.parse(null));
    }

    @Test
    void refusesSubCentValuesButAcceptsTrailingZeros() {
        assertThrows(InvalidMoneyException.class, () -> Money.of(new BigDecimal("0.001")));
        assertEquals("1.10", Money.of(new BigDecimal("1.1000")).toString());
        assertEquals("7.00", Money.of(new BigDecimal("7")).toString());
    }

    @Test
    void refusesAmountsBeyondTheStorageLimit() {
        assertThrows(InvalidMoneyException.class, () -> Money.of(new BigDecimal("10000000000000.00")));
    }

    @Test
    void arithmeticIsExactToTheCent() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.parse("0.10"));
        }
        assertEquals(Money.parse("1.00"), sum);
        assertEquals(Money.parse("-0.01"), Money.parse("0.10").minus(Money.parse("0.11")));
        assertEquals(Money.parse("0.01"), Money.parse("-0.01").abs());
        assertEquals(150, Money.parse("1.50").cents());
        assertEquals(Money.parse("1.50"), Money.ofCents(150));
    }

    @Test
    void equalityIgnoresHowTheValueWasWritten() {
        assertEquals(Money.of(new BigDecimal("5")), Money.parse("5.00"));
        assertEquals(Money.of(new BigDecimal("5")).hashCode(), Money.parse("5.00").hashCode());
        assertTrue(Money.parse("5.01").isGreaterThan(Money.parse("5.00")));
    }
}
