package org.publicprivate.agreements.validation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;

/**
 * Rule {@code commitment.dependsOn.cycle}: no commitment depends on itself, directly or through
 * others.
 *
 * <p>Each group of commitments that depend on each other in a cycle (a strongly connected
 * component of the dependency graph with at least one edge inside it) is one violation, at the
 * dependency of its first commitment (in document order) that starts a shortest cycle back to it;
 * the message lists that cycle's ids in order, the first id again at the end. A cycle of more than
 * {@value #MAX_LISTED} commitments lists its first {@value #MAX_LISTED} ids and how many there are.
 *
 * <p>The components are found by Tarjan's algorithm, written with explicit stacks of {@code int}s
 * (no recursion: a chain of 100,000 dependencies cannot overflow the thread's stack), and each
 * cycle by a breadth-first search inside its component: time and memory are linear in the number
 * of commitments and dependencies. A dependency on an id the agreement does not hold is left to
 * {@code reference.unknownCommitment}; one on an id that several commitments share goes to the
 * first of them ({@code agreement.commitments.duplicateId} reports the others).
 */
final class AcyclicDependencies extends WalkingRule {
  /** The most ids a message lists. */
  static final int MAX_LISTED = 100;

  AcyclicDependencies() {
    super("commitment.dependsOn.cycle", Severity.ERROR,
        "약속들이 순환하여 서로에게 의존합니다(자기 자신에게 의존하는 경우 포함)",
        "commitments depend on each other in a cycle (one that depends on itself included)");
  }

  @Override
  Walker start(Agreement agreement, Findings findings) {
    return new Walker(Walker.COMMITMENTS) {
      private long dependencies;

      @Override
      void commitment(int i, Commitment commitment) {
        dependencies += commitment.dependsOn().size();
      }

      @Override
      void end() {
        if (dependencies > 0) {
          new Graph(agreement.commitments(), Math.toIntExact(dependencies)).reportCycles(findings);
        }
      }
    };
  }

  /** The dependencies as arrays: commitment {@code v}'s are {@code target[start[v]..start[v+1])}. */
  private static final class Graph {
    private final List<Commitment> commitments;
    private final int[] start;
    /** The index of each dependency's commitment; -1 for an id the agreement does not hold. */
    private final int[] target;

    Graph(List<Commitment> commitments, int dependencies) {
      this.commitments = commitments;
      int n = commitments.size();
      Map<String, Integer> index = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
      for (int v = 0; v < n; v++) {
        index.putIfAbsent(commitments.get(v).id().value(), v);
      }
      start = new int[n + 1];
      target = new int[dependencies];
      int e = 0;
      for (int v = 0; v < n; v++) {
        start[v] = e;
        for (CommitmentId dependency : commitments.get(v).dependsOn()) {
          Integer w = index.get(dependency.value());
          target[e++] = w == null ? -1 : w;
        }
      }
      start[n] = e;
    }

    /** Tarjan's strongly connected components, iteratively; each cyclic one is reported. */
    void reportCycles(Findings findings) {
      int n = commitments.size();
      int[] order = new int[n];
      Arrays.fill(order, -1);
      int[] low = new int[n];
      boolean[] onStack = new boolean[n];
      int[] stack = new int[n];
      int[] callVertex = new int[n];
      int[] callEdge = new int[n];
      // Per component: its number for each member, and the search's parents and queue.
      int[] component = new int[n];
      Arrays.fill(component, -1);
      int[] parent = new int[n];
      int[] queue = new int[n];
      int sp = 0;
      int counter = 0;
      int components = 0;
      for (int root = 0; root < n; root++) {
        if (order[root] >= 0) {
          continue;
        }
        int depth = 0;
        order[root] = low[root] = counter++;
        stack[sp++] = root;
        onStack[root] = true;
        callVertex[depth] = root;
        callEdge[depth++] = start[root];
        while (depth > 0) {
          int v = callVertex[depth - 1];
          int e = callEdge[depth - 1];
          if (e < start[v + 1]) {
            callEdge[depth - 1] = e + 1;
            int w = target[e];
            if (w < 0) {
              continue;
            }
            if (order[w] < 0) {
              order[w] = low[w] = counter++;
              stack[sp++] = w;
              onStack[w] = true;
              callVertex[depth] = w;
              callEdge[depth++] = start[w];
            } else if (onStack[w]) {
              low[v] = Math.min(low[v], order[w]);
            }
            continue;
          }
          depth--;
          if (depth > 0) {
            int u = callVertex[depth - 1];
            low[u] = Math.min(low[u], low[v]);
          }
          if (low[v] == order[v]) {
            int first = v;
            int w;
            do {
              w = stack[--sp];
              onStack[w] = false;
              component[w] = components;
              first = Math.min(first, w);
            } while (w != v);
            reportCycleThrough(first, components++, component, parent, queue, findings);
          }
        }
      }
    }

    /**
     * Finds a shortest cycle from {@code first} back to itself inside its component, breadth
     * first, and reports it; a component of one commitment that does not depend on itself has
     * none. Each component is searched once, so all searches together are linear.
     */
    private void reportCycleThrough(
        int first, int number, int[] component, int[] parent, int[] queue, Findings findings) {
      int head = 0;
      int tail = 0;
      queue[tail++] = first;
      parent[first] = -1;
      // Members seen by this search are marked by moving them out of the component's number.
      component[first] = -2 - number;
      while (head < tail) {
        int v = queue[head++];
        for (int e = start[v]; e < start[v + 1]; e++) {
          int w = target[e];
          if (w == first) {
            report(first, v, parent, findings);
            return;
          }
          if (w >= 0 && component[w] == number) {
            component[w] = -2 - number;
            parent[w] = v;
            queue[tail++] = w;
          }
        }
      }
    }

    /** Reports the cycle {@code first → … → last → first}, found through {@code parent}. */
    private void report(int first, int last, int[] parent, Findings findings) {
      int length = 1;
      for (int v = last; v != first; v = parent[v]) {
        length++;
      }
      int[] cycle = new int[length];
      int at = length;
      for (int v = last; ; v = parent[v]) {
        cycle[--at] = v;
        if (v == first) {
          break;
        }
      }
      int next = length > 1 ? cycle[1] : first;
      int position = -1;
      for (int e = start[first]; e < start[first + 1]; e++) {
        if (target[e] == next) {
          position = e - start[first];
          break;
        }
      }
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < Math.min(length, MAX_LISTED); k++) {
        text.append(commitments.get(cycle[k]).id().value()).append(" → ");
      }
      if (length > MAX_LISTED) {
        text.append("… (").append(length).append(") → ");
      }
      text.append(commitments.get(first).id().value());
      findings.report(DocumentPath.of("commitments").index(first).property("dependsOn")
          .index(position), Map.of("cycle", text.toString()));
    }
  }
}
