package dev.scalinglens.export.pptx;

import dev.scalinglens.plot.render.PathConsumer;

/** A path in slide EMUs, remembered with its bounds so it can be written relative to its shape. */
final class DrawingMlPath implements PathConsumer {
    private final EmuMapping emu;
    private final StringBuilder ops = new StringBuilder();
    private final java.util.List<long[]> pts = new java.util.ArrayList<>();
    long minX = Long.MAX_VALUE;
    long minY = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long maxY = Long.MIN_VALUE;

    DrawingMlPath(EmuMapping emu) {
        this.emu = emu;
    }

    boolean isEmpty() {
        return pts.isEmpty();
    }

    private void add(char op, double... xy) {
        ops.append(op);
        for (int i = 0; i < xy.length; i += 2) {
            long ex = emu.x(xy[i]);
            long ey = emu.y(xy[i + 1]);
            pts.add(new long[] {ex, ey});
            minX = Math.min(minX, ex);
            minY = Math.min(minY, ey);
            maxX = Math.max(maxX, ex);
            maxY = Math.max(maxY, ey);
        }
    }

    @Override
    public void moveTo(double px, double py) {
        add('M', px, py);
    }

    @Override
    public void lineTo(double px, double py) {
        add('L', px, py);
    }

    @Override
    public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        add('C', x1, y1, x2, y2, x3, y3);
    }

    @Override
    public void close() {
        ops.append('Z');
    }

    void write(StringBuilder s, long ox, long oy) {
        int p = 0;
        for (int i = 0; i < ops.length(); i++) {
            char op = ops.charAt(i);
            if (op == 'Z') {
                s.append("<a:close/>");
                continue;
            }
            String tag = op == 'M' ? "a:moveTo" : op == 'L' ? "a:lnTo" : "a:cubicBezTo";
            int n = op == 'C' ? 3 : 1;
            s.append('<').append(tag).append('>');
            point(s, p, ox, oy, n);
            s.append("</").append(tag).append('>');
            p += n;
        }
    }

    private StringBuilder point(StringBuilder s, int from, long ox, long oy, int n) {
        for (int k = 0; k < n; k++) {
            long[] pt = pts.get(from + k);
            s.append("<a:pt x=\"").append(pt[0] - ox).append("\" y=\"").append(pt[1] - oy).append("\"/>");
        }
        return s;
    }
}
