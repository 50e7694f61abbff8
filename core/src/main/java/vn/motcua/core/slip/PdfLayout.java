package vn.motcua.core.slip;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A small flow layout over PDFBox for A4 slips: a cursor that moves down the page, wrapped paragraphs made of
 * runs in different faces, centered blocks, bordered tables whose rows never split, and a new page when the
 * cursor reaches the bottom margin. Coordinates are PDF points, origin bottom left; {@link #y()} is the top of
 * the next line.
 */
final class PdfLayout implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.3f;
    private static final float CELL_PAD = 3f;

    enum Align { LEFT, CENTER, RIGHT }

    /** Text in one face. */
    record Run(String text, PDFont font) {
    }

    private record Piece(String text, PDFont font) {
    }

    /** A word: pieces without white space between them (e.g. a bold name followed by a regular full stop). */
    private record Word(List<Piece> pieces, boolean spaceBefore, boolean lineBreakBefore) {
    }

    final SlipFonts fonts;
    final float left = 25 * MM;
    final float right = 15 * MM;
    final float top = 15 * MM;
    final float bottom = 15 * MM;
    final float pageWidth = PDRectangle.A4.getWidth();
    final float pageHeight = PDRectangle.A4.getHeight();

    private final PDDocument doc;
    private PDPageContentStream cs;
    private float y;

    PdfLayout(PDDocument doc, SlipFonts fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    float y() {
        return y;
    }

    void y(float newY) {
        y = newY;
    }

    float contentWidth() {
        return pageWidth - left - right;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = pageHeight - top;
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin. */
    void ensure(float height) throws IOException {
        if (y - height < bottom) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    // ---- text ----

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** NFC, no control characters, and '?' for anything the font has no glyph for (never an exception mid-slip). */
    static String clean(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped
            } else if (cp < 0x80 || hasGlyph(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Draws one line of text with its baseline for a line whose top is {@code lineTop}. */
    void text(String text, PDFont font, float size, float x, float lineTop) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline(lineTop, size));
        cs.showText(text);
        cs.endText();
    }

    private static float baseline(float lineTop, float size) {
        return lineTop - 0.95f * size;
    }

    /** A wrapped paragraph across the full content width, moving the cursor; breaks pages between lines. */
    void paragraph(float size, Run... runs) throws IOException {
        paragraph(List.of(runs), size, Align.LEFT, left, contentWidth());
    }

    void paragraph(List<Run> runs, float size, Align align, float x, float w) throws IOException {
        for (List<Word> line : wrap(runs, size, w)) {
            ensure(size * LEADING);
            drawLine(line, size, align, x, w, y);
            y -= size * LEADING;
        }
    }

    /** A centered, wrapped block in the column [x, x+w] from {@code fromY} down; returns the y below it. */
    float centered(String text, PDFont font, float size, float x, float w, float fromY) throws IOException {
        float lineTop = fromY;
        for (List<Word> line : wrap(List.of(new Run(text, font)), size, w)) {
            drawLine(line, size, Align.CENTER, x, w, lineTop);
            lineTop -= size * LEADING;
        }
        return lineTop;
    }

    /**
     * Like {@link #centered(String, PDFont, float, float, float, float)} but with lines of even length, as headers
     * are set by hand ("TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG" rather than "… HÀNH / CHÍNH CÔNG").
     */
    float centeredBalanced(String text, PDFont font, float size, float x, float w, float fromY) throws IOException {
        List<Run> runs = List.of(new Run(text, font));
        int lines = wrap(runs, size, w).size();
        float narrow = w;
        if (lines > 1) {
            float lo = 0;
            float hi = w;
            for (int i = 0; i < 20; i++) {
                float mid = (lo + hi) / 2;
                if (wrap(runs, size, mid).size() > lines) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            narrow = hi + 0.5f;
        }
        return centered(text, font, size, x + (w - narrow) / 2, narrow, fromY);
    }

    /** A centered block across the content width, moving the cursor. */
    void centered(String text, PDFont font, float size) throws IOException {
        List<List<Word>> lines = wrap(List.of(new Run(text, font)), size, contentWidth());
        ensure(lines.size() * size * LEADING);
        y = centered(text, font, size, left, contentWidth(), y);
    }

    private void drawLine(List<Word> line, float size, Align align, float x, float w, float lineTop) throws IOException {
        float lineWidth = lineWidth(line, size);
        float cx = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (w - lineWidth) / 2;
            case RIGHT -> x + w - lineWidth;
        };
        // one showText per stretch in one face, spaces included, so text extraction gets the words back as typed
        StringBuilder stretch = new StringBuilder();
        PDFont stretchFont = null;
        for (int i = 0; i < line.size(); i++) {
            Word word = line.get(i);
            for (int p = 0; p < word.pieces().size(); p++) {
                Piece piece = word.pieces().get(p);
                String text = (p == 0 && i > 0 && word.spaceBefore() ? " " : "") + piece.text();
                if (stretchFont != null && stretchFont != piece.font()) {
                    String done = stretch.toString();
                    text(done, stretchFont, size, cx, lineTop);
                    cx += width(done, stretchFont, size);
                    stretch.setLength(0);
                }
                stretchFont = piece.font();
                stretch.append(text);
            }
        }
        if (stretchFont != null) {
            text(stretch.toString(), stretchFont, size, cx, lineTop);
        }
    }

    private static float lineWidth(List<Word> line, float size) throws IOException {
        float total = 0;
        for (int i = 0; i < line.size(); i++) {
            Word word = line.get(i);
            if (i > 0 && word.spaceBefore()) {
                total += width(" ", word.pieces().get(0).font(), size);
            }
            total += wordWidth(word, size);
        }
        return total;
    }

    private static float wordWidth(Word word, float size) throws IOException {
        float total = 0;
        for (Piece piece : word.pieces()) {
            total += width(piece.text(), piece.font(), size);
        }
        return total;
    }

    /** Greedy line breaking at spaces; a word wider than the line is cut between characters. */
    static List<List<Word>> wrap(List<Run> runs, float size, float w) throws IOException {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float lineWidth = 0;
        for (Word word : split(words(runs), size, w)) {
            float ww = wordWidth(word, size);
            float space = word.spaceBefore() ? width(" ", word.pieces().get(0).font(), size) : 0;
            if (word.lineBreakBefore() || (!line.isEmpty() && lineWidth + space + ww > w)) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
            }
            lineWidth += (line.isEmpty() ? 0 : space) + ww;
            line.add(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static List<Word> words(List<Run> runs) {
        List<Word> words = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean spaceBefore = false;
        boolean breakBefore = false;
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (Run run : runs) {
            String text = clean(run.text(), run.font());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\n') {
                    if (current.length() > 0) {
                        pieces.add(new Piece(current.toString(), run.font()));
                        current.setLength(0);
                    }
                    if (!pieces.isEmpty()) {
                        words.add(new Word(List.copyOf(pieces), spaceBefore, breakBefore));
                        pieces.clear();
                    }
                    if (c == ' ') {
                        pendingSpace = true;
                    } else {
                        pendingBreak = true;
                    }
                } else {
                    if (pieces.isEmpty() && current.length() == 0) {
                        spaceBefore = pendingSpace;
                        breakBefore = pendingBreak;
                        pendingSpace = false;
                        pendingBreak = false;
                    }
                    current.append(c);
                }
            }
            if (current.length() > 0) {
                pieces.add(new Piece(current.toString(), run.font()));
                current.setLength(0);
            }
        }
        if (!pieces.isEmpty()) {
            words.add(new Word(List.copyOf(pieces), spaceBefore, breakBefore));
        }
        return words;
    }

    /** Cuts words wider than {@code w} (long URLs, codes) into chunks that fit. */
    private static List<Word> split(List<Word> words, float size, float w) throws IOException {
        List<Word> out = new ArrayList<>(words.size());
        for (Word word : words) {
            if (wordWidth(word, size) <= w) {
                out.add(word);
                continue;
            }
            List<Piece> chunk = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            float chunkWidth = 0;
            boolean first = true;
            for (Piece piece : word.pieces()) {
                for (int i = 0; i < piece.text().length(); ) {
                    int cp = piece.text().codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float cw = width(ch, piece.font(), size);
                    if (chunkWidth + cw > w && (part.length() > 0 || !chunk.isEmpty())) {
                        if (part.length() > 0) {
                            chunk.add(new Piece(part.toString(), piece.font()));
                            part.setLength(0);
                        }
                        out.add(new Word(List.copyOf(chunk), first && word.spaceBefore(), first && word.lineBreakBefore()));
                        chunk.clear();
                        chunkWidth = 0;
                        first = false;
                    }
                    part.append(ch);
                    chunkWidth += cw;
                    i += Character.charCount(cp);
                }
                if (part.length() > 0) {
                    chunk.add(new Piece(part.toString(), piece.font()));
                    part.setLength(0);
                }
            }
            if (!chunk.isEmpty()) {
                out.add(new Word(List.copyOf(chunk), first && word.spaceBefore(), first && word.lineBreakBefore()));
            }
        }
        return out;
    }

    // ---- tables ----

    /**
     * A bordered table across the content width: header row in bold, body cells wrapped; a row that does not fit
     * goes to a new page with the header repeated.
     */
    void table(float[] widths, Align[] aligns, List<String> header, List<List<String>> rows, float size) throws IOException {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] cols = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            cols[i] = widths[i] / total * contentWidth();
        }
        Align[] headerAligns = new Align[widths.length];
        java.util.Arrays.fill(headerAligns, Align.CENTER);
        float headerHeight = rowHeight(cols, header, fonts.bold, size);
        ensure(headerHeight + size * LEADING + 2 * CELL_PAD);
        row(cols, headerAligns, header, fonts.bold, size, headerHeight);
        for (List<String> cells : rows) {
            float h = rowHeight(cols, cells, fonts.regular, size);
            if (y - h < bottom) {
                newPage();
                row(cols, headerAligns, header, fonts.bold, size, headerHeight);
            }
            row(cols, aligns, cells, fonts.regular, size, h);
        }
    }

    private static float rowHeight(float[] cols, List<String> cells, PDFont font, float size) throws IOException {
        int lines = 1;
        for (int i = 0; i < cols.length; i++) {
            lines = Math.max(lines, wrap(List.of(new Run(cells.get(i), font)), size, cols[i] - 2 * CELL_PAD).size());
        }
        return lines * size * LEADING + 2 * CELL_PAD;
    }

    private void row(float[] cols, Align[] aligns, List<String> cells, PDFont font, float size, float h) throws IOException {
        float x = left;
        for (int i = 0; i < cols.length; i++) {
            List<List<Word>> lines = wrap(List.of(new Run(cells.get(i), font)), size, cols[i] - 2 * CELL_PAD);
            float lineTop = y - (h - lines.size() * size * LEADING) / 2;
            for (List<Word> line : lines) {
                drawLine(line, size, aligns[i], x + CELL_PAD, cols[i] - 2 * CELL_PAD, lineTop);
                lineTop -= size * LEADING;
            }
            x += cols[i];
        }
        // borders after the text: a path under construction may not enclose text objects
        cs.setLineWidth(0.6f);
        x = left;
        for (float col : cols) {
            cs.addRect(x, y - h, col, h);
            x += col;
        }
        cs.stroke();
        y -= h;
    }

    // ---- graphics ----

    void hline(float x1, float x2, float atY, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, atY);
        cs.lineTo(x2, atY);
        cs.stroke();
    }

    /** Draws {@code matrix} as filled squares, top left corner at (x, topY), {@code size} points wide. */
    void qr(BitMatrix matrix, float x, float topY, float size) throws IOException {
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                // a hair taller than a module so rows rendered with anti-aliasing leave no seams
                cs.addRect(x + start * module, topY - (row + 1) * module, (col - start) * module, module + 0.05f);
            }
        }
        cs.fill();
    }
}
