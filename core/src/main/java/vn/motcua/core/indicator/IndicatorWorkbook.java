package vn.motcua.core.indicator;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.motcua.core.dossier.LateRisk;
import vn.motcua.core.dossier.Tally;
import vn.motcua.core.export.SpreadsheetCells;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

import static vn.motcua.core.context.BusinessTime.ZONE;

/**
 * The indicator tables as an .xlsx workbook: Vietnamese headers, numbers and dates as real cells (a date cell formatted
 * dd/MM/yyyy, rates as percentages), every text through {@link SpreadsheetCells} so a name cannot become a formula.
 * The sheet "Báo cáo định kỳ" follows the columns of the periodic report on administrative-procedure handling as
 * reconstructed in the README (we did not find the official form in our sources).
 */
public final class IndicatorWorkbook {
    static final String PERCENT = "0.00%";
    static final String DATE = "dd/mm/yyyy";
    static final String DATE_TIME = "dd/mm/yyyy hh:mm";

    /** The periodic report's columns, in order (the first names the unit). */
    public static final List<String> PERIODIC_HEADERS = List.of("STT", "Đơn vị", "Tổng số hồ sơ cần giải quyết",
            "Kỳ trước chuyển qua", "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp, bưu chính", "Đã giải quyết: tổng số",
            "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết: tổng số", "Trong hạn", "Quá hạn");

    private IndicatorWorkbook() {
    }

    public static void province(IndicatorService.ProvinceExport export, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "MotCua", "1.0");
            IndicatorService.ProvinceReport report = export.report();
            Worksheet rank = wb.newWorksheet("Xếp hạng");
            title(rank, "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg) – " + report.period().label());
            dates(rank, report.period());
            int r = 3;
            String[] headers = {"Hạng", "Trung tâm", "Loại", "Điểm (quy đổi 100)", "Điểm đạt", "Điểm đo được",
                    "Tiến độ giải quyết", "Số hóa hồ sơ", "Dịch vụ trực tuyến", "Mức độ hài lòng", "Tiếp nhận",
                    "Đã giải quyết", "Trước và đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn", "Đang giải quyết", "Đang quá hạn"};
            header(rank, r++, headers);
            int place = 1;
            for (IndicatorService.CenterRow c : report.ranked()) {
                int col = 0;
                rank.value(r, col++, place++);
                text(rank, r, col++, c.name());
                text(rank, r, col++, typeLabel(c.type()));
                col = score(rank, r, col, c.score());
                col = counts(rank, r, col, c.figures());
                r++;
            }
            int col = 0;
            rank.value(r, col++, "");
            text(rank, r, col++, "Toàn tỉnh");
            rank.style(r, 1).bold().set();
            col++;
            col = score(rank, r, col, report.totalScore());
            counts(rank, r, col, report.total());
            widths(rank, headers.length, 1, 34);

            indicators(wb.newWorksheet("Chỉ số toàn tỉnh"), report.totalScore(), report.period());
            periodic(wb.newWorksheet("Báo cáo định kỳ"), export.periodic(), report.period());
            months(wb.newWorksheet("Theo tháng"), report.trend());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void center(IndicatorService.CenterExport export, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "MotCua", "1.0");
            IndicatorService.CenterReport report = export.report();
            indicators(wb.newWorksheet("Chỉ số"), report.score(), report.period());
            periodic(wb.newWorksheet("Báo cáo định kỳ"), List.of(export.periodic()), report.period());
            rows(wb.newWorksheet("Theo thủ tục"), "Thủ tục", report.byProcedure(), true);
            rows(wb.newWorksheet("Theo lĩnh vực"), "Lĩnh vực", report.byField(), false);
            rows(wb.newWorksheet("Theo kênh"), "Kênh tiếp nhận", report.byChannel(), false);
            steps(wb.newWorksheet("Thời gian theo bước"), report.steps());
            months(wb.newWorksheet("Theo tháng"), report.trend());
            risk(wb.newWorksheet("Nguy cơ trễ hạn"), export.lateRisk());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicators(Worksheet ws, Scorecard.Score score, Period period) {
        title(ws, "Chỉ số theo QĐ 766/QĐ-TTg – " + period.label());
        dates(ws, period);
        String[] headers = {"Nhóm chỉ số", "Chỉ số", "Công thức", "Tử số", "Mẫu số", "Tỷ lệ", "Chỉ tiêu", "Điểm tối đa", "Điểm đạt"};
        header(ws, 3, headers);
        int r = 4;
        for (Scorecard.Indicator i : score.indicators()) {
            text(ws, r, 0, i.group().label());
            text(ws, r, 1, i.name());
            text(ws, r, 2, i.formula());
            if (i.measured()) {
                ws.value(r, 3, i.numerator());
                ws.value(r, 4, i.denominator());
                percent(ws, r, 5, i.rate().orElse(null));
                percent(ws, r, 6, i.target());
            } else {
                text(ws, r, 5, "chưa đo được");
            }
            ws.value(r, 7, i.points());
            if (i.scored()) {
                ws.value(r, 8, round(i.earned()));
            }
            r++;
        }
        text(ws, r, 1, "Tổng điểm đạt / điểm đo được");
        ws.style(r, 1).bold().set();
        ws.value(r, 7, score.measurable());
        ws.value(r, 8, round(score.earned()));
        widths(ws, headers.length, 2, 60);
        ws.width(1, 45);
    }

    private static void periodic(Worksheet ws, List<IndicatorService.PeriodicRow> rows, Period period) {
        title(ws, "Tình hình, kết quả giải quyết thủ tục hành chính – " + period.label());
        dates(ws, period);
        header(ws, 3, PERIODIC_HEADERS.toArray(String[]::new));
        int r = 4;
        long[] total = new long[11];
        int n = 1;
        for (IndicatorService.PeriodicRow p : rows) {
            long[] v = {p.total(), p.carried(), p.receivedOnline(), p.receivedOther(), p.ended(), p.early(), p.onTime(),
                    p.late(), p.open(), p.openInTime(), p.openLate()};
            ws.value(r, 0, n++);
            text(ws, r, 1, p.name());
            for (int i = 0; i < v.length; i++) {
                ws.value(r, 2 + i, v[i]);
                total[i] += v[i];
            }
            r++;
        }
        if (rows.size() > 1) {
            text(ws, r, 1, "Tổng cộng");
            ws.style(r, 1).bold().set();
            for (int i = 0; i < total.length; i++) {
                ws.value(r, 2 + i, total[i]);
            }
        }
        widths(ws, PERIODIC_HEADERS.size(), 1, 34);
    }

    private static void rows(Worksheet ws, String what, List<IndicatorService.Row> rows, boolean withCode) {
        int col = 0;
        String[] base = withCode ? new String[] {"Mã", what, "Lĩnh vực"} : new String[] {what};
        String[] figures = {"Tiếp nhận", "Trực tuyến", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Trễ hạn (có xin lỗi)",
                "Trễ hạn", "Tỷ lệ đúng hạn", "Rút hồ sơ", "Giấy tờ quét", "Giấy tờ dùng lại", "Số khoản thu",
                "Tiền mặt (đồng)", "Chuyển khoản (đồng)", "QR (đồng)", "Lượt đánh giá"};
        String[] headers = new String[base.length + figures.length];
        System.arraycopy(base, 0, headers, 0, base.length);
        System.arraycopy(figures, 0, headers, base.length, figures.length);
        header(ws, 0, headers);
        int r = 1;
        for (IndicatorService.Row row : rows) {
            col = 0;
            if (withCode) {
                text(ws, r, col++, row.key());
            }
            text(ws, r, col++, row.label());
            if (withCode) {
                text(ws, r, col++, row.field() == null ? "" : row.field());
            }
            Figures f = row.figures();
            ws.value(r, col++, f.received());
            ws.value(r, col++, f.get(Tally.RECEIVED_ONLINE));
            ws.value(r, col++, f.ended());
            ws.value(r, col++, f.get(Tally.EARLY));
            ws.value(r, col++, f.get(Tally.ON_TIME));
            ws.value(r, col++, f.get(Tally.LATE_APOLOGY));
            ws.value(r, col++, f.get(Tally.LATE));
            percent(ws, r, col++, f.ended() == 0 ? null : (double) f.onTimeOrEarly() / f.ended());
            ws.value(r, col++, f.get(Tally.WITHDRAWN));
            ws.value(r, col++, f.get(Tally.PAPERS));
            ws.value(r, col++, f.get(Tally.REUSED_PAPERS));
            ws.value(r, col++, f.get(Tally.FEES));
            ws.value(r, col++, f.get(Tally.FEE_CASH_VND));
            ws.value(r, col++, f.get(Tally.FEE_TRANSFER_VND));
            ws.value(r, col++, f.get(Tally.FEE_QR_VND));
            ws.value(r, col++, f.ratings());
            r++;
        }
        widths(ws, headers.length, withCode ? 1 : 0, 50);
    }

    private static void steps(Worksheet ws, List<IndicatorService.StepTime> steps) {
        String[] headers = {"Mã thủ tục", "Thủ tục", "Bước", "Tên bước", "Số hồ sơ", "Thời gian trung bình (giờ làm việc)",
                "Định mức (giờ làm việc)", "Vượt định mức"};
        header(ws, 0, headers);
        int r = 1;
        for (IndicatorService.StepTime s : steps) {
            text(ws, r, 0, s.procedureCode());
            text(ws, r, 1, s.procedureName());
            ws.value(r, 2, s.step());
            text(ws, r, 3, s.stepName());
            ws.value(r, 4, s.dossiers());
            ws.value(r, 5, round(s.averageMinutes() / 60.0));
            if (s.budgetMinutes() != null) {
                ws.value(r, 6, round(s.budgetMinutes() / 60.0));
            }
            text(ws, r, 7, s.overBudget() ? "Có" : "Không");
            r++;
        }
        widths(ws, headers.length, 1, 50);
    }

    private static void months(Worksheet ws, List<IndicatorService.Month> months) {
        String[] headers = {"Tháng", "Tiếp nhận", "Trực tuyến", "Đã giải quyết", "Trước và đúng hạn", "Trễ hạn",
                "Tỷ lệ đúng hạn", "Điểm (quy đổi 100)"};
        header(ws, 0, headers);
        int r = 1;
        for (IndicatorService.Month m : months) {
            ws.value(r, 0, m.month().atDay(1));
            ws.style(r, 0).format(DATE).set();
            Figures f = m.figures();
            ws.value(r, 1, f.received());
            ws.value(r, 2, f.get(Tally.RECEIVED_ONLINE));
            ws.value(r, 3, f.ended());
            ws.value(r, 4, f.onTimeOrEarly());
            ws.value(r, 5, f.late());
            percent(ws, r, 6, f.ended() == 0 ? null : (double) f.onTimeOrEarly() / f.ended());
            Double s100 = Scorecard.score(f).outOf100().orElse(null);
            if (s100 != null) {
                ws.value(r, 7, round(s100));
            }
            r++;
        }
        widths(ws, headers.length, -1, 0);
    }

    private static void risk(Worksheet ws, List<LateRisk.Item> items) {
        String[] headers = {"Mã hồ sơ", "Thủ tục", "Người nộp", "Bước", "Tên bước", "Người đang xử lý", "Hạn giải quyết",
                "Cần (giờ làm việc)", "Còn (giờ làm việc)"};
        header(ws, 0, headers);
        int r = 1;
        for (LateRisk.Item i : items) {
            text(ws, r, 0, i.code());
            text(ws, r, 1, i.procedureName());
            text(ws, r, 2, i.applicantName());
            ws.value(r, 3, i.stepNumber());
            text(ws, r, 4, i.stepName());
            text(ws, r, 5, i.holder() == null ? "Cán bộ có vai trò " + i.role() : i.holder());
            ws.value(r, 6, LocalDateTime.ofInstant(i.dueAt(), ZONE));
            ws.style(r, 6).format(DATE_TIME).set();
            ws.value(r, 7, round(i.needed().toMinutes() / 60.0));
            ws.value(r, 8, round(i.left().toMinutes() / 60.0));
            r++;
        }
        widths(ws, headers.length, 1, 50);
    }

    // ---- cells --------------------------------------------------------------------------------------------------

    private static int score(Worksheet ws, int r, int col, Scorecard.Score s) {
        Double total = s.outOf100().orElse(null);
        if (total != null) {
            ws.value(r, col, round(total));
        }
        col++;
        ws.value(r, col++, round(s.earned()));
        ws.value(r, col++, s.measurable());
        for (Scorecard.Group g : List.of(Scorecard.Group.PROGRESS, Scorecard.Group.DIGITIZATION, Scorecard.Group.ONLINE,
                Scorecard.Group.SATISFACTION)) {
            Scorecard.GroupScore gs = s.group(g);
            if (gs.measurable() > 0) {
                ws.value(r, col, round(gs.earned()));
            }
            col++;
        }
        return col;
    }

    private static int counts(Worksheet ws, int r, int col, Figures f) {
        ws.value(r, col++, f.received());
        ws.value(r, col++, f.ended());
        ws.value(r, col++, f.onTimeOrEarly());
        ws.value(r, col++, f.late());
        percent(ws, r, col++, f.ended() == 0 ? null : (double) f.onTimeOrEarly() / f.ended());
        ws.value(r, col++, f.openNow());
        ws.value(r, col++, f.overdueNow());
        return col;
    }

    private static void title(Worksheet ws, String title) {
        text(ws, 0, 0, title);
        ws.style(0, 0).bold().fontSize(13).set();
    }

    private static void dates(Worksheet ws, Period period) {
        text(ws, 1, 0, "Từ ngày");
        ws.value(1, 1, period.from());
        ws.style(1, 1).format(DATE).set();
        text(ws, 1, 2, "Đến ngày");
        ws.value(1, 3, period.last());
        ws.style(1, 3).format(DATE).set();
    }

    private static void header(Worksheet ws, int r, String[] headers) {
        for (int c = 0; c < headers.length; c++) {
            ws.value(r, c, headers[c]);
            ws.style(r, c).bold().fillColor("DDE7F0").wrapText(true).set();
        }
    }

    private static void text(Worksheet ws, int r, int c, String value) {
        ws.value(r, c, SpreadsheetCells.neutralise(value));
    }

    private static void percent(Worksheet ws, int r, int c, Double value) {
        if (value != null) {
            ws.value(r, c, value);
            ws.style(r, c).format(PERCENT).set();
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void widths(Worksheet ws, int columns, int wide, double wideWidth) {
        for (int c = 0; c < columns; c++) {
            ws.width(c, c == wide ? wideWidth : 14);
        }
    }

    static String typeLabel(String type) {
        return switch (type) {
            case "XA" -> "Xã";
            case "PHUONG" -> "Phường";
            case "DAC_KHU" -> "Đặc khu";
            default -> type;
        };
    }
}
