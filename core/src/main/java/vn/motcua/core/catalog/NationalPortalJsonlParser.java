package vn.motcua.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the national public-service portal export: UTF-8 JSON Lines, one procedure per line,
 * streamed so the file never sits in memory whole. Returns every draft or a report, never part.
 */
public final class NationalPortalJsonlParser extends CatalogFileParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE_COLUMN = "Mã TTHC (" + PortalRecordMapper.CODE + ")";
    private static final String NAME_COLUMN = "Tên TTHC (" + PortalRecordMapper.NAME + ")";
    private static final String DEADLINE_COLUMN = "Thời hạn giải quyết (" + PortalRecordMapper.CHANNELS + ")";

    public NationalPortalJsonlParser() {
        this(ImportOptions.defaults());
    }

    public NationalPortalJsonlParser(ImportOptions options) {
        super(options);
    }

    @Override
    protected ImportResult read(InputStream in, long sizeBytes) {
        ImportCollector collector = new ImportCollector(options, sizeBytes, CODE_COLUMN, NAME_COLUMN, DEADLINE_COLUMN);
        Utf8Lines lines = new Utf8Lines(in, options.maxBytes());
        try {
            String line;
            while (!collector.full() && (line = lines.nextLine()) != null) {
                if (!line.isBlank()) {
                    readLine(lines.lineNumber(), line, collector);
                }
                collector.progress(lines.lineNumber(), lines.bytesRead());
            }
        } catch (NotUtf8Exception e) {
            return ImportCollector.rejectFile(ImportMessages.notUtf8(e.line()));
        } catch (FileTooLargeException e) {
            return ImportCollector.rejectFile(ImportMessages.fileTooLarge(lines.bytesRead(), e.limit()));
        } catch (IOException e) {
            return ImportCollector.rejectFile(ImportMessages.unreadable(e.getMessage()));
        }
        return collector.finish(lines.lineNumber(), lines.bytesRead());
    }

    private static void readLine(long lineNumber, String line, ImportCollector collector) {
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            collector.error(ImportMessages.invalidJson(lineNumber, e.getOriginalMessage()));
            return;
        }
        if (json == null || !json.isObject()) {
            collector.error(ImportMessages.invalidJson(lineNumber, "không phải một đối tượng JSON / not a JSON object"));
            return;
        }
        List<ImportError> none = new ArrayList<>();
        collector.accept(lineNumber, PortalRecordMapper.map(json), none);
    }
}
