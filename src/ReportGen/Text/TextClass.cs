namespace ReportGen.TextPolicy;

/// <summary>The classes of character the text policy tells apart; docs/pending/robust.md has the table.</summary>
public enum TextClass
{
    /// <summary>Printed as it is.</summary>
    Ordinary,
    /// <summary>Bytes that are not UTF-8: rejected.</summary>
    InvalidUtf8,
    /// <summary>Half of a UTF-16 surrogate pair on its own: rejected.</summary>
    LoneSurrogate,
    /// <summary>C0 and C1 control characters other than tab, line feed and carriage return: rejected.</summary>
    Control,
    /// <summary>Vertical tab, form feed, next line, line and paragraph separators: replaced by a space.</summary>
    LineBreak,
    /// <summary>U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane: rejected.</summary>
    Noncharacter,
    /// <summary>Bidirectional embeddings, overrides and isolates, which reorder what a reader sees: rejected.</summary>
    BidiControl,
    /// <summary>Zero-width and other invisible formatting characters, direction marks, soft hyphens: removed.</summary>
    Invisible,
    /// <summary>Private-use characters, which mean something only in one font: rejected.</summary>
    PrivateUse,
    /// <summary>Letters of right-to-left scripts: kept, with a warning that the PDF cannot draw them faithfully.</summary>
    RightToLeft,
}

/// <summary>What the paper does with a class of character.</summary>
public enum TextAction
{
    /// <summary>Printed as it is.</summary>
    Keep,
    /// <summary>Printed as it is, with a warning.</summary>
    KeepWithWarning,
    /// <summary>Replaced by a space, with a warning.</summary>
    ReplaceWithSpace,
    /// <summary>Removed, with a warning.</summary>
    Remove,
    /// <summary>An error: the input must be fixed.</summary>
    Reject,
}
