package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineTextParserTest {

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ | 5   | WORKING_DAYS",
            "Trong ngày                                              | 8   | WORKING_HOURS",
            "trong ngày làm việc                                     | 8   | WORKING_HOURS",
            "Giải quyết trong ngày; trường hợp phức tạp không quá 03 ngày làm việc | 8 | WORKING_HOURS",
            "03 ngày                                                 | 3   | CALENDAR_DAYS",
            "15 ngày kể từ ngày nhận được hồ sơ hợp lệ               | 15  | CALENDAR_DAYS",
            "5 Ngày làm việc                                         | 5   | WORKING_DAYS",
            "60 Ngày                                                 | 60  | CALENDAR_DAYS",
            "24 Giờ                                                  | 24  | WORKING_HOURS",
            "Không quá 04 giờ làm việc                               | 4   | WORKING_HOURS",
            "02 tiếng                                                | 2   | WORKING_HOURS",
            "05 (năm) ngày làm việc                                  | 5   | WORKING_DAYS",
            "1.5 Ngày làm việc                                       | 12  | WORKING_HOURS",
            "0,5 ngày làm việc                                       | 4   | WORKING_HOURS",
            "NGÀY LÀM VIỆC: 10 ngày làm việc                         | 10  | WORKING_DAYS",
            "Tối đa 30 ngày; vụ việc phức tạp 45 ngày                | 30  | CALENDAR_DAYS",
    })
    void freeTextDeadlinesAreParsed(String text, int value, DeadlineUnit unit) {
        assertEquals(LegalDeadline.of(value, unit), DeadlineTextParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Không có thông tin", "Không quy định", "6 Tháng", "1 năm", "theo quy định", "ngày 05/3/2024"})
    void textWithoutAUsableDeadlineIsUnknown(String text) {
        assertFalse(DeadlineTextParser.parse(text).isKnown());
    }

    @Test
    void decomposedUnicodeIsReadLikePrecomposed() {
        String nfd = java.text.Normalizer.normalize("05 ngày làm việc", java.text.Normalizer.Form.NFD);
        assertEquals(LegalDeadline.of(5, DeadlineUnit.WORKING_DAYS), DeadlineTextParser.parse(nfd));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', value = {
            "5      | Ngày làm việc   | 5  | WORKING_DAYS",
            "4      | Giờ             | 4  | WORKING_HOURS",
            "7      | Ngày (theo lịch)| 7  | CALENDAR_DAYS",
            "-3     | Ngày làm việc   | -3 | WORKING_DAYS",
            "Trong ngày |             | 8  | WORKING_HOURS",
    })
    void exchangeColumnsAreParsed(String value, String unit, int expected, DeadlineUnit expectedUnit) {
        assertEquals(Optional.of(LegalDeadline.of(expected, expectedUnit)), DeadlineTextParser.parseColumns(value, unit));
    }

    @Test
    void emptyExchangeColumnsMeanUnknown() {
        assertEquals(Optional.of(LegalDeadline.UNKNOWN), DeadlineTextParser.parseColumns("", null));
    }

    @Test
    void unreadableExchangeColumnsAreAnError() {
        assertTrue(DeadlineTextParser.parseColumns("năm", "Ngày làm việc").isEmpty());
        assertTrue(DeadlineTextParser.parseColumns("5", "Tuần").isEmpty());
        assertTrue(DeadlineTextParser.parseColumns("sớm nhất có thể", null).isEmpty());
    }

    @Test
    void outOfRangeMeansNegativeOrOverAYear() {
        assertTrue(LegalDeadline.of(-1, DeadlineUnit.WORKING_DAYS).isOutOfRange());
        assertTrue(LegalDeadline.of(366, DeadlineUnit.WORKING_DAYS).isOutOfRange());
        assertFalse(LegalDeadline.of(365, DeadlineUnit.WORKING_DAYS).isOutOfRange());
        assertFalse(LegalDeadline.of(2920, DeadlineUnit.WORKING_HOURS).isOutOfRange());
        assertFalse(LegalDeadline.UNKNOWN.isOutOfRange());
    }
}
