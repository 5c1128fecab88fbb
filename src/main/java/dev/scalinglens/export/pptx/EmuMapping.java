package dev.scalinglens.export.pptx;

/**
 * Chart pixels to slide EMUs: the chart's box on the slide starts at ({@code originXPt}, {@code originYPt})
 * points and each pixel is {@code ptPerPx} points.
 */
record EmuMapping(double originXPt, double originYPt, double ptPerPx) {

    long x(double px) {
        return Math.round((originXPt + px * ptPerPx) * DrawingMlSink.EMU_PER_PT);
    }

    long y(double py) {
        return Math.round((originYPt + py * ptPerPx) * DrawingMlSink.EMU_PER_PT);
    }

    long len(double px) {
        return Math.round(px * ptPerPx * DrawingMlSink.EMU_PER_PT);
    }
}
