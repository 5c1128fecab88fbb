package dev.scalinglens.science.chinchilla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalinglens.catalog.ModelRecord;
import dev.scalinglens.catalog.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingEstimatesTest {

    private static ModelRecord model(Quantity n, Quantity active, Quantity d, Quantity c) {
        return new ModelRecord("m", "M", null, null, null, n, active, d, null, null, List.of(), "rec", null, c, null,
                null, null, null, null, null, null, null);
    }

    @Test
    void trainingTokensDerivesComputeOverSixNMarkedEstimated() {
        // Chinchilla: C = 5.76e23 FLOP, N = 70e9 → D = 1.371e12 (the paper's 1.4T rounds this)
        ModelRecord m = model(Quantity.reported(70e9), null, null, Quantity.reported(5.76e23, "epoch"));
        Quantity d = TrainingEstimates.trainingTokens(m);
        assertEquals(5.76e23 / (6 * 70e9), d.value(), 1);
        assertTrue(d.estimated());
        assertEquals("epoch", d.source());
        assertEquals("D = C / (6N) with C = 5.76e23 FLOP and N = 7.00e10 total parameters", d.note());
        assertTrue(TrainingEstimates.tokensDerived(m));
    }

    @Test
    void trainingTokensUsesActiveParametersOfMixtureOfExperts() {
        ModelRecord m = model(Quantity.reported(671e9), Quantity.reported(37e9), null, Quantity.reported(3.3e24));
        assertEquals(3.3e24 / (6 * 37e9), TrainingEstimates.trainingTokens(m).value(), 1e3);
        assertTrue(TrainingEstimates.trainingTokens(m).note().contains("active"));
    }

    @Test
    void reportedValuesWinAndNothingIsDerivedWithoutInputs() {
        Quantity tokens = Quantity.reported(2e12);
        ModelRecord m = model(Quantity.reported(7e9), null, tokens, Quantity.reported(9e22));
        assertSame(tokens, TrainingEstimates.trainingTokens(m));
        assertFalse(TrainingEstimates.tokensDerived(m));
        assertFalse(TrainingEstimates.computeDerived(m));
        assertNull(TrainingEstimates.trainingTokens(model(null, null, null, Quantity.reported(1e22))));
        assertNull(TrainingEstimates.trainingCompute(model(Quantity.reported(7e9), null, null, null)));
    }

    @Test
    void trainingComputeDerivesSixND() {
        ModelRecord m = model(Quantity.reported(7e9), null, Quantity.reported(2e12), null);
        Quantity c = TrainingEstimates.trainingCompute(m);
        assertEquals(8.4e22, c.value(), 1e9);
        assertTrue(c.estimated());
        assertEquals("rec", c.source(), "the tokens' source, here the record's");
        assertTrue(c.note().startsWith("C = 6ND"));
    }
}
