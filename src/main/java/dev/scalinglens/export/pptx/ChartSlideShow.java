package dev.scalinglens.export.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;

/**
 * A slide show that takes each native chart as XML text and splices it into its slide's saved XML when
 * written ({@link #writeWithCharts}), instead of parsing it into XMLBeans objects that are serialised again:
 * parsing, copying and saving a chart's thousands of elements was about a quarter of a deck's CPU. Until the
 * deck is written a chart is only a comment in its slide's shape tree, so POI does not see its shapes.
 */
public final class ChartSlideShow extends XMLSlideShow {

    private record Pending(XSLFSlide slide, String marker, byte[] grpSpXml) {
    }

    private final List<Pending> charts = new ArrayList<>();

    /** POI's empty presentation, as {@code new XMLSlideShow()}. */
    public ChartSlideShow() {
        super();
    }

    /**
     * Appends {@code grpSpXml} (one {@code p:grpSp} in UTF-8, prefixes {@code p}, {@code a}, {@code r}) to the end of the
     * slide's shape tree, where {@code addNewGrpSp()} would put it.
     */
    void addChart(XSLFSlide slide, byte[] grpSpXml) {
        String marker = "scalinglens-chart-" + charts.size();
        try (XmlCursor cursor = slide.getXmlObject().getCSld().getSpTree().newCursor()) {
            cursor.toEndToken();
            cursor.insertComment(marker);
        }
        charts.add(new Pending(slide, "<!--" + marker + "-->", grpSpXml));
    }

    /**
     * Writes the deck with every chart in place. Use this, not {@link #write(OutputStream)} (final in POI), which
     * would leave the markers: the same steps as POI's {@code write}, with the splice between saving the parts'
     * XML and zipping the package.
     */
    public void writeWithCharts(OutputStream out) throws IOException {
        OPCPackage pkg = getPackage();
        if (pkg == null) {
            throw new IOException("Cannot write data, document seems to have been closed already");
        }
        onSave(new HashSet<>());
        getProperties().commit();
        for (Pending chart : charts) {
            PartSplice.replace(chart.slide().getPackagePart(), chart.marker(), chart.grpSpXml());
        }
        pkg.save(out);
    }
}
