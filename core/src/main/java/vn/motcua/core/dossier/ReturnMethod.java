package vn.motcua.core.dossier;

import java.util.Objects;

/** How the result reached the applicant (trả kết quả): in person, by public postal service, or online. */
public sealed interface ReturnMethod {
    /** What the control sheet says. */
    String describe();

    /** A text the method cannot go without: null is the caller's mistake, blank is the clerk's (told in Vietnamese). */
    private static void requireText(String value, String field, String vietnamese, String english) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw DossierProblems.refused(field, vietnamese, english);
        }
    }

    /** Handed over at the counter; {@code receiver} is who signed for it (the applicant or an authorised person). */
    record InPerson(String receiver) implements ReturnMethod {
        public InPerson {
            requireText(receiver, "receiver", "Chưa ghi tên người nhận kết quả",
                    "Name of the person receiving the result is missing");
        }

        public String describe() {
            return "Trả trực tiếp cho " + receiver;
        }
    }

    /** Sent by bưu chính công ích; {@code trackingNumber} is the postal item number. */
    record Post(String trackingNumber) implements ReturnMethod {
        public Post {
            requireText(trackingNumber, "trackingNumber", "Chưa ghi số hiệu bưu gửi", "Postal tracking number is missing");
        }

        public String describe() {
            return "Gửi qua bưu chính công ích, số hiệu " + trackingNumber;
        }
    }

    /** Delivered through the portal / the applicant's account. */
    record Online() implements ReturnMethod {
        public String describe() {
            return "Trả kết quả trực tuyến";
        }
    }
}
