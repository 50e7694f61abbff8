package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's "cách thức thực hiện" table, flattened into text with no separators:
 * "Hình thức nộpThời gianPhí, lệ phíMô tả" then per row: channel, time, fee, (fee note), description,
 * e.g. "Trực tiếp5 Ngày làm việc10,000 VNĐ(Lệ phí cấp bản sao)Nộp tại Bộ phận Một cửa".
 */
final class PortalChannelTable {

    enum Channel { IN_PERSON, POSTAL, ONLINE }

    /** One row. {@code time} is null when the cell is empty; {@code fee} null when it says nothing. */
    record Row(Channel channel, String time, Fee fee, String description) {
    }

    private static final String HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";

    // a channel name only starts a row when a time or fee cell follows; descriptions also say "Trực tiếp tại…"
    private static final Pattern ROW_START = Pattern.compile(
            "(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\\s*(?:\\d|Không|Miễn phí|Trong ngày))");

    private static final Pattern TIME = Pattern.compile("\\s*(?:"
            + "(?<none>Không có thông tin|Không phải trả kết quả cho người nộp thuế|Không quy định|Không(?=\\s|Không|Miễn))"
            + "|(?<amount>\\d+(?:[.,]\\d+)?\\s*(?:Ngày làm việc|Ngày|Giờ|Tháng)|Trong ngày(?: làm việc)?)"
            // the portal sometimes drops the unit: "1Miễn phí"
            + "|(?<bare>\\d+)(?=\\s*(?:Miễn phí|Không có thông tin)))");

    private static final Pattern FEE = Pattern.compile("\\s*(?:(?<free>Miễn phí)|(?<none>Không có thông tin)"
            + "|(?<amount>[\\d.,]+)\\s*(?<currency>VNĐ|Việt Nam Đồng|Đồng|đồng|USD))");

    private PortalChannelTable() {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        String body = text.startsWith(HEADER) ? text.substring(HEADER.length()) : text;
        Matcher start = ROW_START.matcher(body);
        List<int[]> bounds = new ArrayList<>();
        while (start.find()) {
            bounds.add(new int[] {start.start(), start.end()});
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : body.length();
            String channelName = body.substring(bounds.get(i)[0], bounds.get(i)[1]);
            rows.add(row(channel(channelName), body.substring(bounds.get(i)[1], end)));
        }
        return rows;
    }

    private static Row row(Channel channel, String cells) {
        String time = null;
        int position = 0;
        Matcher t = TIME.matcher(cells);
        if (t.lookingAt()) {
            time = t.group("none") != null ? null : t.group(0).trim();
            position = t.end();
        }
        Fee fee = null;
        Matcher f = FEE.matcher(cells).region(position, cells.length());
        if (f.lookingAt()) {
            position = f.end();
            String note = null;
            if (position < cells.length() && cells.charAt(position) == '(') {
                int close = closingParenthesis(cells, position);
                note = cells.substring(position + 1, close);
                position = Math.min(close + 1, cells.length());
            }
            fee = fee(f, note);
        } else {
            // an older row layout with tabs: "\tPhí : Đồng Không thu lệ phí\n"
            String firstLine = cells.substring(position).strip().split("\\R", 2)[0];
            fee = FeeTextParser.parseOne(firstLine);
        }
        return new Row(channel, time, fee, CatalogText.value(cells.substring(position)));
    }

    private static Fee fee(Matcher f, String note) {
        if (f.group("none") != null) {
            return null;
        }
        if (f.group("free") != null) {
            return Fee.free(note);
        }
        String amount = f.group("amount");
        if (f.group("currency").equals("USD")) {
            return new Fee(amount + " USD" + (note == null ? "" : " (" + note + ")"), null, false);
        }
        return Fee.amount(note, FeeTextParser.amountOf(amount));
    }

    /** Index of the parenthesis closing the one at {@code open}; notes nest "(Mẫu (1))". */
    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static Channel channel(String name) {
        return switch (name) {
            case "Trực tiếp" -> Channel.IN_PERSON;
            case "Trực tuyến" -> Channel.ONLINE;
            default -> Channel.POSTAL;
        };
    }
}
