package vn.motcua.core.indicator;

import vn.motcua.core.dossier.Tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The indicator set of Quyết định 766/QĐ-TTg (23/6/2022): five groups, 100 points — công khai, minh bạch (18);
 * tiến độ, kết quả giải quyết (20); số hóa hồ sơ (22); cung cấp dịch vụ trực tuyến (22); mức độ hài lòng (18).
 * A rate at or above its target earns the indicator's full points, below it rate × points ÷ target. The split of
 * the online group into online service (12) and online payment (10), the split of the digitization group and the
 * targets other than reuse (80 %) are the third-party reconstruction quoted in issue 14, not the official text;
 * where no target is known the target is 100 % (the points are then rate × points, nothing assumed). Indicators
 * our data cannot support (publication and synchronisation with the national portal, feedback handling) are
 * {@link Indicator#measured() not measured} ("chưa đo được") and count neither in the score nor in its maximum.
 */
public final class Scorecard {

    public enum Group {
        TRANSPARENCY("Công khai, minh bạch", 18),
        PROGRESS("Tiến độ, kết quả giải quyết", 20),
        DIGITIZATION("Số hóa hồ sơ", 22),
        ONLINE("Cung cấp dịch vụ trực tuyến", 22),
        SATISFACTION("Mức độ hài lòng", 18);

        private final String label;
        private final int points;

        Group(String label, int points) {
            this.label = label;
            this.points = points;
        }

        public String label() {
            return label;
        }

        public int points() {
            return points;
        }
    }

    /** What drills down to dossiers: each measured indicator's numerator and denominator name one. */
    public enum Measure {
        RECEIVED("Hồ sơ tiếp nhận"),
        RECEIVED_ONLINE("Hồ sơ tiếp nhận trực tuyến"),
        ENDED("Hồ sơ đã giải quyết (kể cả dừng giải quyết)"),
        ON_TIME("Hồ sơ giải quyết trước và đúng hạn"),
        LATE("Hồ sơ giải quyết trễ hạn"),
        RESOLVED("Hồ sơ có kết quả"),
        WITHDRAWN("Hồ sơ công dân rút"),
        APOLOGIES("Hồ sơ có văn bản xin lỗi"),
        RATED("Hồ sơ được đánh giá"),
        OPEN_NOW("Hồ sơ đang giải quyết"),
        OVERDUE_NOW("Hồ sơ đang quá hạn");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One indicator: {@code rate} = numerator ÷ denominator (empty when not measured or nothing to count),
     * {@code earned} = points if rate ≥ target, else rate × points ÷ target.
     */
    public record Indicator(Group group, String name, String formula, double points, double target,
                            boolean measured, long numerator, long denominator, Optional<Measure> numeratorMeasure,
                            Optional<Measure> denominatorMeasure) {
        public Optional<Double> rate() {
            return measured && denominator > 0 ? Optional.of((double) numerator / denominator) : Optional.empty();
        }

        /** Counted in the score: measured and something to count in the period. */
        public boolean scored() {
            return rate().isPresent();
        }

        public double earned() {
            return rate().map(r -> r >= target ? points : r * points / target).orElse(0.0);
        }
    }

    public record GroupScore(Group group, List<Indicator> indicators) {
        public double earned() {
            return indicators.stream().filter(Indicator::scored).mapToDouble(Indicator::earned).sum();
        }

        /** The points of its indicators that were scored. */
        public double measurable() {
            return indicators.stream().filter(Indicator::scored).mapToDouble(Indicator::points).sum();
        }

        /** Earned ÷ measurable, empty when nothing of the group could be scored. */
        public Optional<Double> ratio() {
            return measurable() > 0 ? Optional.of(earned() / measurable()) : Optional.empty();
        }
    }

    public record Score(List<GroupScore> groups) {
        public double earned() {
            return groups.stream().mapToDouble(GroupScore::earned).sum();
        }

        public double measurable() {
            return groups.stream().mapToDouble(GroupScore::measurable).sum();
        }

        /** The score brought to 100 points over what could be measured; empty when nothing could. */
        public Optional<Double> outOf100() {
            return measurable() > 0 ? Optional.of(earned() * 100 / measurable()) : Optional.empty();
        }

        public GroupScore group(Group g) {
            return groups.stream().filter(s -> s.group() == g).findFirst().orElseThrow();
        }

        public List<Indicator> indicators() {
            return groups.stream().flatMap(g -> g.indicators().stream()).toList();
        }
    }

    private Scorecard() {
    }

    public static Score score(Figures f) {
        List<GroupScore> groups = new ArrayList<>();
        groups.add(new GroupScore(Group.TRANSPARENCY, List.of(
                unmeasured(Group.TRANSPARENCY, "Tỷ lệ TTHC được cập nhật, công khai đúng hạn trên Cổng Dịch vụ công quốc gia", 9,
                        "Danh mục công khai do Cổng Dịch vụ công quốc gia quản lý"),
                unmeasured(Group.TRANSPARENCY, "Tỷ lệ hồ sơ được đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia", 9,
                        "Chưa có kết nối đồng bộ với Cổng Dịch vụ công quốc gia"))));
        groups.add(new GroupScore(Group.PROGRESS, List.of(
                rate(Group.PROGRESS, "Tỷ lệ hồ sơ giải quyết trước và đúng hạn",
                        "Số hồ sơ giải quyết trước và đúng hạn ÷ số hồ sơ đã giải quyết trong kỳ (kể cả dừng giải quyết; "
                                + "trễ khi kết thúc sau hạn đang có hiệu lực hoặc phải bổ sung lần thứ hai) × 100%",
                        20, 1.0, f, Figures::onTimeOrEarly, Figures::ended, Measure.ON_TIME, Measure.ENDED))));
        groups.add(new GroupScore(Group.DIGITIZATION, List.of(
                rate(Group.DIGITIZATION, "Tỷ lệ hồ sơ được số hóa khi tiếp nhận",
                        "Số hồ sơ tiếp nhận có giấy tờ quét hoặc dùng lại ÷ số hồ sơ tiếp nhận trong kỳ × 100%",
                        8, 1.0, f, x -> x.get(Tally.WITH_PAPERS), Figures::received, Measure.RECEIVED, Measure.RECEIVED),
                rate(Group.DIGITIZATION, "Tỷ lệ kết quả giải quyết được số hóa",
                        "Số hồ sơ có kết quả kèm văn bản kết quả số hóa ÷ số hồ sơ có kết quả trong kỳ × 100%",
                        7, 1.0, f, x -> x.get(Tally.RESULT_DIGITIZED), x -> x.get(Tally.RESOLVED), Measure.RESOLVED, Measure.RESOLVED),
                rate(Group.DIGITIZATION, "Tỷ lệ khai thác, sử dụng lại giấy tờ đã số hóa",
                        "Số giấy tờ dùng lại từ kho đã số hóa ÷ tổng số giấy tờ của hồ sơ tiếp nhận trong kỳ × 100% (chỉ tiêu 80%)",
                        7, 0.8, f, x -> x.get(Tally.REUSED_PAPERS), Figures::papersAll, Measure.RECEIVED, Measure.RECEIVED))));
        groups.add(new GroupScore(Group.ONLINE, List.of(
                rate(Group.ONLINE, "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                        "Số hồ sơ tiếp nhận qua kênh trực tuyến ÷ số hồ sơ tiếp nhận trong kỳ × 100%",
                        12, 1.0, f, x -> x.get(Tally.RECEIVED_ONLINE), Figures::received, Measure.RECEIVED_ONLINE, Measure.RECEIVED),
                rate(Group.ONLINE, "Tỷ lệ thanh toán trực tuyến (không dùng tiền mặt)",
                        "Số khoản thu bằng chuyển khoản hoặc mã QR ÷ số khoản thu trong kỳ × 100%",
                        10, 1.0, f, x -> x.get(Tally.FEES_CASHLESS), x -> x.get(Tally.FEES), null, null))));
        groups.add(new GroupScore(Group.SATISFACTION, List.of(
                unmeasured(Group.SATISFACTION, "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", 6,
                        "Chưa có chức năng tiếp nhận phản ánh, kiến nghị"),
                unmeasured(Group.SATISFACTION, "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", 6,
                        "Chưa có chức năng tiếp nhận phản ánh, kiến nghị"),
                rate(Group.SATISFACTION, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC",
                        "(Số lượt đánh giá − số lượt «Không hài lòng») ÷ số lượt đánh giá trong kỳ × 100%",
                        6, 1.0, f, x -> x.ratings() - x.get(Tally.RATING_NOT_SATISFIED), Figures::ratings, Measure.RATED, Measure.RATED))));
        return new Score(groups);
    }

    private static Indicator rate(Group g, String name, String formula, double points, double target, Figures f,
                                  ToLongFunction<Figures> numerator, ToLongFunction<Figures> denominator,
                                  Measure num, Measure den) {
        return new Indicator(g, name, formula, points, target, true, numerator.applyAsLong(f), denominator.applyAsLong(f),
                Optional.ofNullable(num), Optional.ofNullable(den));
    }

    private static Indicator unmeasured(Group g, String name, double points, String why) {
        return new Indicator(g, name, "Chưa đo được: " + why, points, 1.0, false, 0, 0, Optional.empty(), Optional.empty());
    }
}
