package id.go.kpu.eppid.processing.web;

import id.go.kpu.eppid.processing.application.ExceptionCategories;
import id.go.kpu.eppid.processing.domain.ExceptionCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the staff reference page of the Pasal 17 categories (LAW-2). */
@Named
@RequestScoped
public class ExceptionCategoriesBacking {

    @Inject
    private ExceptionCategories categories;

    private List<ExceptionCategory> all;

    public List<ExceptionCategory> getAll() {
        if (all == null) {
            all = categories.all();
        }
        return all;
    }
}
