package vn.motcua.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was changed. Carries every problem found, in Vietnamese and English. */
public class InvalidInputException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.detail()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(List.of(Messages.problem(field, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The Vietnamese messages, one per line, as a person reads them. */
    public String vietnamese() {
        return problems.stream().map(Problem::message).collect(Collectors.joining("\n"));
    }
}
