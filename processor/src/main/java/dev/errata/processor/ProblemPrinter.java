package dev.errata.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.errata.processor.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Types;

/**
 * Prints a catalog's problems, each at the annotation value that caused it, repeated annotations
 * included.
 *
 * <p>javac's {@link Messager} finds an annotation value's source by matching the element's annotations
 * to their trees, but it sees repeated annotations only as the container it made of them, which has no
 * tree: a problem with the second {@code @Description} of a code would land on the code's name. With
 * javac's tree API at hand, this finds the repeated annotation's own tree; with another compiler, or a
 * processing environment wrapped by a build tool, it prints where the {@link Messager} does.
 */
final class ProblemPrinter {

  private final Messager messager;
  private final Types types;
  private final Trees trees;

  ProblemPrinter(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    this.types = environment.getTypeUtils();
    this.trees = treesOf(environment);
  }

  private static Trees treesOf(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  void print(ValidationReport report) {
    for (ValidationReport.Problem problem : report.problems()) {
      if (!printInRepeatedAnnotation(problem)) {
        problem.printTo(messager);
      }
    }
  }

  /** Prints a problem in a repeated annotation at its tree; false when it is not in one, or unfound. */
  private boolean printInRepeatedAnnotation(ValidationReport.Problem problem) {
    if (trees == null || problem.mirror() == null) {
      return false;
    }
    int index = indexInContainer(problem.element(), problem.mirror());
    if (index < 0) {
      return false;
    }
    TreePath path = trees.getPath(problem.element());
    if (path == null) {
      return false;
    }
    List<AnnotationTree> written = new ArrayList<>();
    for (AnnotationTree annotation : annotationsOf(path.getLeaf())) {
      if (types.isSameType(
          trees.getTypeMirror(new TreePath(path, annotation)), problem.mirror().getAnnotationType())) {
        written.add(annotation);
      }
    }
    if (index >= written.size()) {
      // The container itself was written, and the Messager finds values nested in it.
      return false;
    }
    AnnotationTree annotation = written.get(index);
    Tree at = problem.value() == null ? annotation : valueTree(annotation, problem);
    trees.printMessage(problem.diagnostic().kind(), problem.message(), at, path.getCompilationUnit());
    return true;
  }

  /**
   * Where {@code mirror} sits among the annotations javac gathered into a container on {@code element},
   * or -1 when it is not one of them.
   */
  private static int indexInContainer(Element element, AnnotationMirror mirror) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue value : container.getElementValues().values()) {
        if (value.getValue() instanceof List<?> items) {
          for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof AnnotationValue item && item.getValue() == mirror) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static List<? extends AnnotationTree> annotationsOf(Tree declaration) {
    ModifiersTree modifiers;
    if (declaration instanceof VariableTree variable) {
      modifiers = variable.getModifiers();
    } else if (declaration instanceof ClassTree type) {
      modifiers = type.getModifiers();
    } else if (declaration instanceof MethodTree method) {
      modifiers = method.getModifiers();
    } else {
      return List.of();
    }
    return modifiers.getAnnotations();
  }

  /** The tree of the problem's value in {@code annotation}: {@code "fr"} in {@code locale = "fr"}. */
  private static Tree valueTree(AnnotationTree annotation, ValidationReport.Problem problem) {
    String name = null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        problem.mirror().getElementValues().entrySet()) {
      if (entry.getValue() == problem.value()) {
        name = entry.getKey().getSimpleName().toString();
      }
    }
    if (name == null) {
      return annotation;
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree variable
            && variable.getName().contentEquals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        // @Description("...") written without "value =".
        return argument;
      }
    }
    return annotation;
  }
}
