package org.alliancetimeline.ui.timeline;

import org.alliancetimeline.ui.state.TimeWindow;

/**
 * Maps time (epoch days, fractional) to pixels across a width, and back; makes the zoomed, panned
 * and clamped windows a timeline moves through. Pure and immutable.
 *
 * @param window   the visible time
 * @param width    pixels across; positive
 * @param minSpan  smallest span allowed, in days
 * @param maxWindow the widest window allowed (the whole corpus and a margin); pans stay inside it
 */
public record TimeScale(TimeWindow window, double width, double minSpan, TimeWindow maxWindow) {
    public TimeScale {
        if (!(width > 0)) {
            width = 1;
        }
        if (maxWindow.span() < minSpan) {
            double c = maxWindow.center();
            maxWindow = new TimeWindow(c - minSpan / 2, c + minSpan / 2);
        }
    }

    public TimeScale(TimeWindow window, double width) {
        this(window, width, 1.0, new TimeWindow(-1e7, 1e7));
    }

    public double pixelsPerDay() {
        return width / window.span();
    }

    public double daysPerPixel() {
        return window.span() / width;
    }

    /** x of an instant (epoch day, fractional). */
    public double toX(double epochDay) {
        return (epochDay - window.start()) * pixelsPerDay();
    }

    /** x of the middle of a day. */
    public double dayCenterX(long epochDay) {
        return toX(epochDay + 0.5);
    }

    /** Instant (epoch day, fractional) at x. */
    public double toDay(double x) {
        return window.start() + x * daysPerPixel();
    }

    /**
     * The window after zooming by {@code factor} (&gt; 1 zooms in: the span divides by it) about
     * pixel {@code anchorX}: the instant under the anchor stays under it, unless clamping moves it.
     */
    public TimeWindow zoom(double factor, double anchorX) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            return window;
        }
        double anchorDay = toDay(anchorX);
        double newSpan = clampSpan(window.span() / factor);
        double fraction = anchorX / width;
        double start = anchorDay - fraction * newSpan;
        return clamp(new TimeWindow(start, start + newSpan));
    }

    /** Zoom about the middle. */
    public TimeWindow zoom(double factor) {
        return zoom(factor, width / 2);
    }

    /** The window after dragging the content by {@code dx} pixels (positive: content moves right, time goes back). */
    public TimeWindow panPixels(double dx) {
        return panDays(-dx * daysPerPixel());
    }

    public TimeWindow panDays(double days) {
        return clamp(window.shiftedBy(days));
    }

    /** The window that shows [from, to) with a margin, within the limits. */
    public TimeWindow fit(double fromDay, double toDay, double marginFraction) {
        double span = clampSpan(Math.max(toDay - fromDay, 1e-9) * (1 + 2 * marginFraction));
        double mid = (fromDay + toDay) / 2;
        return clamp(new TimeWindow(mid - span / 2, mid + span / 2));
    }

    private double clampSpan(double span) {
        return Math.max(minSpan, Math.min(maxWindow.span(), span));
    }

    /** {@code w} with its span between the limits and moved inside the widest window. */
    public TimeWindow clamp(TimeWindow w) {
        double span = clampSpan(w.span());
        double start = w.center() - span / 2;
        if (start < maxWindow.start()) {
            start = maxWindow.start();
        }
        if (start + span > maxWindow.end()) {
            start = maxWindow.end() - span;
        }
        return new TimeWindow(start, start + span);
    }

    public TimeScale withWindow(TimeWindow w) {
        return new TimeScale(w, width, minSpan, maxWindow);
    }
}
