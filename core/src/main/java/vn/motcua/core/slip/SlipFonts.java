package vn.motcua.core.slip;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (metric-compatible with Times New Roman, the face of Vietnamese official papers; SIL OFL 1.1;
 * covers every Vietnamese letter), read once from the openpdf-fonts-extra jar on the class path and embedded as a
 * subset in each document. No system font is ever looked up.
 */
final class SlipFonts {
    static final String FAMILY = "LiberationSerif";
    private static final String DIR = "/liberation/";

    private static final byte[] REGULAR = read("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = read("LiberationSerif-Italic.ttf");

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;

    private SlipFonts(PDFont regular, PDFont bold, PDFont italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    /** Loads the three faces into {@code doc}; each is embedded as a subset of the glyphs used when it is saved. */
    static SlipFonts load(PDDocument doc) throws IOException {
        return new SlipFonts(load(doc, REGULAR), load(doc, BOLD), load(doc, ITALIC));
    }

    private static PDFont load(PDDocument doc, byte[] ttf) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(ttf), true);
    }

    private static byte[] read(String file) {
        try (InputStream in = SlipFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + DIR + file + " is not on the class path (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
