package org.alliancetimeline.ui;

/** Makes the headless Monocle screen large enough for a 1920×1080 window; call before the toolkit starts. */
public final class Headless {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1200-32");
        }
    }

    private Headless() {
    }

    public static void init() {
        // the static block does the work
    }
}
