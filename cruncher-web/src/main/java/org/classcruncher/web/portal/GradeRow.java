package org.classcruncher.web.portal;

import java.io.Serializable;

/** One editable row of the school form's grades table. */
public class GradeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String grade;
    private Integer children;
    private Integer minClassSize;
    private Integer maxClassSize;

    public GradeRow() {
    }

    public GradeRow(String grade, Integer children, Integer minClassSize, Integer maxClassSize) {
        this.grade = grade;
        this.children = children;
        this.minClassSize = minClassSize;
        this.maxClassSize = maxClassSize;
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
}
