package vn.motcua.core.dossier;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApplicantJsonTest {
    final ApplicantJson json = new ApplicantJson(ObjectMapper.getDefault());

    @Test
    void anIndividualAndAnOrganisationComeBackAsWhatTheyWere() {
        Applicant person = new Applicant.Individual("Nguyễn Thị Hằng", "025190000123", LocalDate.of(1990, 5, 17),
                "0912345678", "Xóm Đồng Bưởi");
        Applicant company = new Applicant.Organisation("Công ty TNHH Chè Phú Thọ", "2600123456", "02103812345", "Khu 5");
        assertEquals(person, json.read(json.write(person)));
        assertEquals(company, json.read(json.write(company)));
    }
}
