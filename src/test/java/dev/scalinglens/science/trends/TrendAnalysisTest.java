package dev.scalinglens.science.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendAnalysisTest {

    private static TrendPoint p(String id, String date, double value) {
        return TrendPoint.of(id, LocalDate.parse(date), value);
    }

    @Test
    void frontierKeepsRunningMaximumOnly() {
        List<TrendPoint> points = List.of(p("a", "2020-01-01", 10), p("b", "2020-06-01", 5), p("c", "2021-01-01", 20),
                p("d", "2021-01-01", 30), p("e", "2022-01-01", 25), p("f", "2023-01-01", 40));
        assertEquals(List.of("a", "d", "f"), TrendAnalysis.frontier(points, false).stream().map(TrendPoint::id).toList());
        assertEquals(List.of("a", "b"), TrendAnalysis.frontier(points, true).stream().map(TrendPoint::id).toList());
    }

    @Test
    void runFitsOnlyTheWindow() {
        List<TrendPoint> points = new ArrayList<>();
        for (int year = 2010; year <= 2024; year++) {
            // 2× a year up to 2017, 10× a year from 2018
            double v = year < 2018 ? Math.pow(2, year - 2010) : Math.pow(2, 7) * Math.pow(10, year - 2017);
            points.add(p("m" + year, year + "-01-01", v));
        }
        TrendOptions options = TrendOptions.of(TrendField.PARAMETERS)
                .withWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31));
        TrendResult result = TrendAnalysis.run(points, options);
        assertEquals(7, result.main().fit().n());
        assertEquals(10, result.main().fit().perYear(), 0.02);
        assertEquals(15, result.points().size());
    }

    @Test
    void runByEraFitsEachSideOfTheSplit() {
        List<TrendPoint> points = new ArrayList<>();
        for (int month = 0; month < 96; month++) {
            LocalDate d = LocalDate.of(2019, 1, 1).plusMonths(month);
            double t = (d.toEpochDay() - LocalDate.of(2019, 1, 1).toEpochDay()) / TrendFit.DAYS_PER_YEAR;
            double v = d.isAfter(TrendGrouping.CHATGPT) ? 1e3 * Math.pow(3, t) : 1e3 * Math.pow(10, t);
            String group = d.isAfter(TrendGrouping.CHATGPT) ? "After" : "Up to";
            points.add(new TrendPoint("m" + month, "m" + month, d, v, false, null, null, group));
        }
        TrendResult result = TrendAnalysis.run(points, TrendOptions.of(TrendField.PARAMETERS)
                .withGrouping(TrendGrouping.ERA, null));
        assertEquals(2, result.groups().size());
        GroupTrend after = result.groups().stream().filter(g -> g.name().equals("After")).findFirst().orElseThrow();
        GroupTrend before = result.groups().stream().filter(g -> g.name().equals("Up to")).findFirst().orElseThrow();
        assertEquals(3, after.fit().perYear(), 1e-6);
        assertEquals(10, before.fit().perYear(), 1e-6);
    }

    @Test
    void runPoolsGroupsBeyondTheLargestUnfitted() {
        List<TrendPoint> points = new ArrayList<>();
        String[] orgs = {"A", "A", "A", "A", "B", "B", "B", "C"};
        for (int i = 0; i < orgs.length; i++) {
            points.add(new TrendPoint("m" + i, "m" + i, LocalDate.of(2020, 1, 1).plusDays(40L * i), 1 + i, false,
                    null, null, orgs[i]));
        }
        TrendOptions options = new TrendOptions(TrendField.PARAMETERS, null, null, false, TrendGrouping.ORGANIZATION,
                null, 2, 0, 1);
        TrendResult result = TrendAnalysis.run(points, options);
        assertEquals(List.of("A", "B", TrendAnalysis.OTHER), result.groups().stream().map(GroupTrend::name).toList());
        assertNull(result.groups().get(2).fit());
        assertTrue(result.groups().get(0).hasFit());
    }

    @Test
    void runWithTooFewPointsSaysWhy() {
        TrendResult result = TrendAnalysis.run(List.of(p("a", "2020-01-01", 1), p("b", "2021-01-01", 2)),
                TrendOptions.of(TrendField.PARAMETERS));
        assertNull(result.main().fit());
        assertTrue(result.main().note().contains("at least 3"), result.main().note());
    }
}
