package vn.motcua.core.validation;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a form against its Bean Validation constraints (Hibernate Validator). Constraint messages are
 * keys of {@code i18n/messages}; the constraint's attributes ({min}, {max}) fill the text.
 */
@Singleton
public class FormValidator {
    private final Validator validator = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    public List<Problem> problems(Object form) {
        return validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(FormValidator::toProblem)
                .toList();
    }

    /** Throws with every problem at once, so a person fixes the form in one go. */
    public void check(Object form) {
        List<Problem> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Problem toProblem(ConstraintViolation<Object> violation) {
        String key = violation.getMessageTemplate().replaceAll("^\\{|}$", "");
        Map<String, Object> attrs = violation.getConstraintDescriptor().getAttributes();
        Object[] args = {attrs.getOrDefault("min", ""), attrs.getOrDefault("max", "")};
        return Messages.problem(violation.getPropertyPath().toString(), key, args);
    }
}
