package org.classcruncher.web.portal;

import java.io.Serializable;

import org.classcruncher.api.GradeSpec;

/** One editable row of the school form's grades table. */
public class GradeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String grade;
    private Integer children;
    private Integer minClassSize;
    private Integer maxClassSize;
    /** Children with a support plan (an IEP); empty for none. */
    private Integer supported;

    public GradeRow() {
    }

    public GradeRow(String grade, Integer children, Integer minClassSize, Integer maxClassSize) {
        this.grade = grade;
        this.children = children;
        this.minClassSize = minClassSize;
        this.maxClassSize = maxClassSize;
    }

    /** The row showing a grade of a school: a grade without children with a support plan leaves that cell empty. */
    static GradeRow of(GradeSpec grade) {
        GradeRow row = new GradeRow(grade.grade(), grade.children(), grade.minClassSize(), grade.maxClassSize());
        row.setSupported(grade.supported() == 0 ? null : grade.supported());
        return row;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Integer getChildren() {
        return children;
    }

    public void setChildren(Integer children) {
        this.children = children;
    }

    public Integer getMinClassSize() {
        return minClassSize;
    }

    public void setMinClassSize(Integer minClassSize) {
        this.minClassSize = minClassSize;
    }

    public Integer getMaxClassSize() {
        return maxClassSize;
    }

    public void setMaxClassSize(Integer maxClassSize) {
        this.maxClassSize = maxClassSize;
    }

    public Integer getSupported() {
        return supported;
    }

    public void setSupported(Integer supported) {
        this.supported = supported;
    }
}
