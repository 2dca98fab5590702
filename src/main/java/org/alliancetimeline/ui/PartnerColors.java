package org.alliancetimeline.ui;

import java.util.List;
import javafx.scene.paint.Color;
import org.alliancetimeline.model.Article;
import org.alliancetimeline.model.PartnerMention;

/**
 * The colour of each partner, shared by the timeline and the partner filter: a colour-blind-friendly
 * palette (Okabe-Ito and Paul Tol's muted scheme), chosen from the partner's name so that a partner
 * keeps its colour across corpora, filters and runs.
 */
public final class PartnerColors {
    private static final List<Color> PALETTE = List.of(
            Color.web("#0072B2"), // blue
            Color.web("#D55E00"), // vermillion
            Color.web("#009E73"), // bluish green
            Color.web("#CC79A7"), // reddish purple
            Color.web("#E69F00"), // orange
            Color.web("#332288"), // indigo
            Color.web("#56B4E9"), // sky blue
            Color.web("#882255"), // wine
            Color.web("#117733"), // green
            Color.web("#999933"), // olive
            Color.web("#44AA99"), // teal
            Color.web("#AA4499")); // purple
    /** Articles that name no partner. */
    public static final Color NO_PARTNER = Color.web("#7f8c8d");

    private PartnerColors() {
    }

    public static List<Color> palette() {
        return PALETTE;
    }

    /**
     * Partners that often share a screen get distinct colours; every other name takes a colour
     * from its hash (the same across runs, so collisions are possible but stable).
     */
    private static final java.util.Map<String, Integer> PREFERRED = java.util.Map.ofEntries(
            java.util.Map.entry("ukraine", 0), java.util.Map.entry("georgia", 1), java.util.Map.entry("moldova", 2),
            java.util.Map.entry("bosnia and herzegovina", 3), java.util.Map.entry("sweden", 4),
            java.util.Map.entry("israel", 5), java.util.Map.entry("finland", 6), java.util.Map.entry("azerbaijan", 7),
            java.util.Map.entry("armenia", 9), java.util.Map.entry("japan", 10), java.util.Map.entry("jordan", 11),
            java.util.Map.entry("australia", 8), java.util.Map.entry("serbia", 4), java.util.Map.entry("kazakhstan", 9),
            java.util.Map.entry("austria", 10), java.util.Map.entry("switzerland", 3), java.util.Map.entry("ireland", 8),
            java.util.Map.entry("new zealand", 6), java.util.Map.entry("south korea", 7), java.util.Map.entry("egypt", 5),
            java.util.Map.entry("morocco", 2), java.util.Map.entry("tunisia", 11), java.util.Map.entry("mauritania", 1),
            java.util.Map.entry("algeria", 0), java.util.Map.entry("qatar", 3), java.util.Map.entry("bahrain", 9),
            java.util.Map.entry("kuwait", 6), java.util.Map.entry("united arab emirates", 10), java.util.Map.entry("iraq", 4),
            java.util.Map.entry("afghanistan", 7), java.util.Map.entry("mongolia", 5), java.util.Map.entry("pakistan", 2),
            java.util.Map.entry("colombia", 11), java.util.Map.entry("belarus", 1), java.util.Map.entry("russia", 8),
            java.util.Map.entry("uzbekistan", 0), java.util.Map.entry("turkmenistan", 3), java.util.Map.entry("kyrgyzstan", 10),
            java.util.Map.entry("tajikistan", 6), java.util.Map.entry("malta", 7));

    public static Color colorFor(String partner) {
        if (partner == null) {
            return NO_PARTNER;
        }
        Integer preferred = PREFERRED.get(partner.toLowerCase(java.util.Locale.ROOT));
        if (preferred != null) {
            return PALETTE.get(preferred);
        }
        int h = 0;
        for (int i = 0; i < partner.length(); i++) {
            h = h * 131 + Character.toLowerCase(partner.charAt(i));
        }
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return PALETTE.get(Math.floorMod(h, PALETTE.size()));
    }

    /** The colour of an article: its most-mentioned partner among those {@code shown} accepts. */
    public static Color colorFor(Article article, java.util.function.Predicate<String> shown) {
        for (PartnerMention p : article.partners()) {
            if (shown.test(p.name())) {
                return colorFor(p.name());
            }
        }
        return article.partners().isEmpty() ? NO_PARTNER : colorFor(article.partners().get(0).name());
    }

    /** CSS colour, e.g. for a swatch's style. */
    public static String css(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
