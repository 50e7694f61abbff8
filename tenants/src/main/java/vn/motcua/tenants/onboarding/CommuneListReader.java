package vn.motcua.tenants.onboarding;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.center.CenterType;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a province's list of communes (columns ma_don_vi, loai, ten, sap_nhap_tu). All or nothing:
 * every bad line is reported with its number before anything is created.
 */
public final class CommuneListReader {
    public record Commune(String code, CenterType type, String name, String mergedFrom) {
    }

    private CommuneListReader() {
    }

    public static List<Commune> read(Reader reader) throws IOException {
        List<Commune> communes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        for (CSVRecord row : format.parse(reader)) {
            long line = row.getRecordNumber() + 1;
            String code = row.isMapped("ma_don_vi") ? row.get("ma_don_vi") : "";
            String name = row.isMapped("ten") ? row.get("ten") : "";
            String type = row.isMapped("loai") ? row.get("loai") : "";
            if (code.isEmpty() || name.isEmpty()) {
                problems.add(new Problem("line " + line, "Dòng " + line + ": thiếu mã đơn vị hoặc tên",
                        "line " + line + ": unit code or name missing"));
                continue;
            }
            Long first = seen.putIfAbsent(code, line);
            if (first != null) {
                problems.add(new Problem("line " + line, "Dòng " + line + ": mã " + code + " trùng với dòng " + first,
                        "line " + line + ": code " + code + " repeats line " + first));
                continue;
            }
            CenterType centerType;
            try {
                centerType = CenterType.valueOf(type);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("line " + line, "Dòng " + line + ": loại đơn vị không hợp lệ: " + type,
                        "line " + line + ": unknown unit type " + type));
                continue;
            }
            String merged = row.isMapped("sap_nhap_tu") ? row.get("sap_nhap_tu") : "";
            communes.add(new Commune(code, centerType, name, merged.isEmpty() ? null : merged));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return communes;
    }
}
