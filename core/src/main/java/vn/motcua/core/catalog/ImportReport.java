package vn.motcua.core.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a rejected file, in file order, so staff can fix them all in one pass. */
public record ImportReport(List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String displayVi() {
        return errors.stream().map(ImportError::displayVi).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return errors.stream().map(ImportError::displayEn).collect(Collectors.joining("\n"));
    }
}
