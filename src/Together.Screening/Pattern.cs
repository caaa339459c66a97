namespace Together.Screening;

/// <summary>One element of a compiled phrase pattern.</summary>
internal abstract class PatternNode
{
    /// <summary>True when the node can match zero words.</summary>
    public abstract bool CanBeEmpty { get; }
}

/// <summary>A single word; <see cref="Keys"/> holds every accepted squeezed form (inflections included).</summary>
internal sealed class WordNode(HashSet<string> keys, string display) : PatternNode
{
    public HashSet<string> Keys { get; } = keys;

    public string Display { get; } = display;

    public override bool CanBeEmpty => false;
}

/// <summary>Any plain number ("#").</summary>
internal sealed class NumberNode : PatternNode
{
    public override bool CanBeEmpty => false;
}

/// <summary>Up to <see cref="Max"/> arbitrary words ("*" or "*N").</summary>
internal sealed class GapNode(int max) : PatternNode
{
    public int Max { get; } = max;

    public override bool CanBeEmpty => true;
}

/// <summary>Alternatives, each a sequence of nodes; optional when <see cref="Optional"/> is set ("[...]").</summary>
internal sealed class ChoiceNode(List<PatternNode[]> options, bool optional) : PatternNode
{
    public List<PatternNode[]> Options { get; } = options;

    public bool Optional { get; } = optional;

    public override bool CanBeEmpty => Optional || Options.Any(o => o.All(n => n.CanBeEmpty));
}

/// <summary>A compiled pattern plus the set of keys its first word can take (used to index patterns).</summary>
internal sealed class CompiledPattern
{
    public CompiledPattern(string source, PatternNode[] nodes)
    {
        Source = source;
        Nodes = nodes;
        var first = new HashSet<string>(StringComparer.Ordinal);
        AnyFirst = !CollectFirst(nodes, 0, first);
        FirstKeys = first;
    }

    public string Source { get; }

    public PatternNode[] Nodes { get; }

    /// <summary>Keys the first matched word can take.</summary>
    public HashSet<string> FirstKeys { get; }

    /// <summary>True when the first word cannot be predicted (e.g. the pattern starts with a number).</summary>
    public bool AnyFirst { get; }

    /// <summary>Every word key this pattern mentions (used to build the vocabulary for misspelling matches).</summary>
    public IEnumerable<string> AllKeys() => Walk(Nodes).OfType<WordNode>().SelectMany(w => w.Keys);

    private static IEnumerable<PatternNode> Walk(IEnumerable<PatternNode> nodes)
    {
        foreach (var n in nodes)
        {
            yield return n;
            if (n is ChoiceNode c)
            {
                foreach (var inner in c.Options.SelectMany(Walk))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Adds possible first keys; returns false when they cannot be enumerated.</summary>
    private static bool CollectFirst(PatternNode[] nodes, int index, HashSet<string> into)
    {
        for (int i = index; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case WordNode w:
                    into.UnionWith(w.Keys);
                    return true;
                case NumberNode:
                case GapNode:
                    return false;
                case ChoiceNode c:
                    foreach (var option in c.Options)
                    {
                        if (!CollectFirst(option, 0, into))
                        {
                            return false;
                        }
                    }

                    if (!c.CanBeEmpty)
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}

/// <summary>The words of a successful match: the token range and which tokens fell inside gaps.</summary>
internal readonly record struct PatternMatch(int Start, int End, int[] GapTokens);

/// <summary>Backtracking matcher for compiled patterns over a token list.</summary>
internal static class PatternMatcher
{
    /// <summary>
    /// Tries to match <paramref name="pattern"/> starting exactly at token <paramref name="start"/>, staying within
    /// one sentence. Prefers the shortest match.
    /// </summary>
    public static PatternMatch? MatchAt(CompiledPattern pattern, IReadOnlyList<Token> tokens, int start, Func<Token, WordNode, bool> wordMatches)
    {
        var gaps = new List<int>();
        int sentence = tokens[start].Sentence;
        int end = -1;
        bool ok = MatchSeq(pattern.Nodes, 0, start, p => { end = p; return p > start; });
        return ok ? new PatternMatch(start, end, gaps.ToArray()) : null;

        bool MatchSeq(PatternNode[] nodes, int i, int pos, Func<int, bool> next)
        {
            if (i == nodes.Length)
            {
                return next(pos);
            }

            switch (nodes[i])
            {
                case WordNode w:
                    return pos < tokens.Count && tokens[pos].Sentence == sentence && wordMatches(tokens[pos], w)
                        && MatchSeq(nodes, i + 1, pos + 1, next);
                case NumberNode:
                    return pos < tokens.Count && tokens[pos].Sentence == sentence && tokens[pos].IsNumber
                        && MatchSeq(nodes, i + 1, pos + 1, next);
                case GapNode g:
                    int gapMark = gaps.Count;
                    for (int skip = 0; skip <= g.Max; skip++)
                    {
                        if (skip > 0)
                        {
                            int t = pos + skip - 1;
                            if (t >= tokens.Count || tokens[t].Sentence != sentence)
                            {
                                break;
                            }

                            gaps.Add(t);
                        }

                        if (MatchSeq(nodes, i + 1, pos + skip, next))
                        {
                            return true;
                        }
                    }

                    gaps.RemoveRange(gapMark, gaps.Count - gapMark);
                    return false;
                case ChoiceNode c:
                    foreach (var option in c.Options)
                    {
                        int mark = gaps.Count;
                        if (MatchSeq(option, 0, pos, p => MatchSeq(nodes, i + 1, p, next)))
                        {
                            return true;
                        }

                        gaps.RemoveRange(mark, gaps.Count - mark);
                    }

                    if (c.Optional)
                    {
                        return MatchSeq(nodes, i + 1, pos, next);
                    }

                    return false;
                default:
                    return false;
            }
        }
    }
}
