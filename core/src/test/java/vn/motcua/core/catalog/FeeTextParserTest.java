package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeeTextParserTest {

    @Test
    void statedAmountInDongIsReadAsVnd() {
        assertEquals(Fee.amount("Lệ phí", 10_000), FeeTextParser.parseOne("Lệ phí: 10.000 Đồng"));
        assertEquals(Fee.amount("Phí thẩm định", 1_500_000), FeeTextParser.parseOne("Phí thẩm định: 1,500,000 VNĐ"));
        assertEquals(Fee.amount(null, 8_000), FeeTextParser.parseOne("8.000đ"));
    }

    @Test
    void zeroAmountAndNoFeeWordsMeanFree() {
        assertEquals(Fee.free("Phí"), FeeTextParser.parseOne("Phí : 0 Đồng"));
        assertEquals(Fee.free(null), FeeTextParser.parseOne("Không"));
        assertEquals(Fee.free(null), FeeTextParser.parseOne("Miễn phí"));
        assertEquals(Fee.free("Phí : Đồng Không thu lệ phí"), FeeTextParser.parseOne("Phí : Đồng Không thu lệ phí"));
    }

    @Test
    void noInformationIsNoFee() {
        assertNull(FeeTextParser.parseOne("Không có thông tin"));
        assertEquals(List.of(), FeeTextParser.parseList(""));
    }

    @Test
    void amountInsideWordsIsKeptWithTheWords() {
        assertEquals(Fee.amount("2.000 đồng/trang, từ trang thứ 3 thu 1.000 đồng/trang", 2_000),
                FeeTextParser.parseOne("2.000 đồng/trang, từ trang thứ 3 thu 1.000 đồng/trang"));
    }

    @Test
    void severalFeesOnOneLineAreSplitOnlyWhenEachStatesAnAmount() {
        assertEquals(List.of(Fee.amount("Lệ phí", 10_000), Fee.amount("Phí", 5_000)),
                FeeTextParser.parseList("Lệ phí: 10.000 đồng; Phí: 5.000 đồng"));
        assertEquals(1, FeeTextParser.parseList("Theo Thông tư 85/2019; mức thu: 20.000 đồng").size());
    }

    @Test
    void formattedFeesReadBackUnchanged() {
        List<Fee> fees = List.of(Fee.amount("Lệ phí: theo Nghị quyết HĐND", 10_000), Fee.free(null), Fee.free("Chưa quy định."),
                new Fee("10 USD (Miễn phí đến 30/6/2026)", null, false), Fee.amount(null, 1_200_000));
        for (Fee fee : fees) {
            assertEquals(fee, FeeTextParser.parseOne(FeeTextParser.format(fee)), FeeTextParser.format(fee));
        }
    }
}
