package vn.motcua.core.catalog;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a byte stream line by line and decodes each line strictly as UTF-8. Decoding per line (not
 * through an InputStreamReader, which decodes 8 KB ahead) gives the exact line of the first bad byte,
 * and counting bytes here enforces the size limit even when the caller's declared size was wrong.
 */
final class Utf8Lines {

    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private long lineNumber;
    private long bytesRead;

    Utf8Lines(InputStream in, long maxBytes) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, null at the end; a UTF-8 byte-order mark is dropped. */
    String nextLine() throws IOException {
        buffer.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (++bytesRead > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            if (b == '\n') {
                break;
            }
            buffer.write(b);
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        String line = decode(buffer.toByteArray());
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        return line;
    }

    long lineNumber() {
        return lineNumber;
    }

    long bytesRead() {
        return bytesRead;
    }

    /**
     * A Reader over the remaining lines, re-joined with "\n", for Commons CSV. {@code firstLine} is a
     * line the caller already took (to sniff the delimiter). {@code lineStarts} receives the character
     * offset where each line begins, so a CSV record's offset maps back to the line staff see.
     */
    Reader asReader(String firstLine, List<Long> lineStarts) {
        return new Reader() {
            private String pending = "";
            private int position;
            private long offset;
            private boolean finished;
            private boolean firstServed = firstLine == null;

            @Override
            public int read(char[] target, int targetOffset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (position >= pending.length()) {
                    if (finished) {
                        return -1;
                    }
                    String line = firstServed ? nextLine() : firstLine;
                    firstServed = true;
                    if (line == null) {
                        finished = true;
                        return -1;
                    }
                    lineStarts.add(offset);
                    pending = line + "\n";
                    offset += pending.length();
                    position = 0;
                }
                int n = Math.min(length, pending.length() - position);
                pending.getChars(position, position + n, target, targetOffset);
                position += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private String decode(byte[] bytes) throws NotUtf8Exception {
        try {
            decoder.reset();
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(lineNumber);
        }
    }
}
