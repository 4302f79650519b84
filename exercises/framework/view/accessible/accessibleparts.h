#pragma once

#include <QAccessible>
#include <QRect>
#include <QString>

class QWidget;

namespace stages {

/// A widget that paints its parts itself (the stones of the stage map, the bars of the
/// xylophone, the slots of a row, the points on a circle) inherits this besides QWidget and says
/// what each part is; the accessibility factory (installAccessibleFactory()) then gives the
/// widget a PartsAccessible whose children are the parts, so a screen reader can name, find and
/// press each one. Parts are numbered 0..accessiblePartCount()-1 and may change at any time.
class AccessibleParts
{
public:
    /// Installs the factory (once), so every widget of this kind is found.
    AccessibleParts();
    virtual ~AccessibleParts() = default;
    AccessibleParts(const AccessibleParts &) = delete;
    AccessibleParts &operator=(const AccessibleParts &) = delete;

    /// The role of the whole widget (a grouping of buttons by default).
    virtual QAccessible::Role accessibleRole() const { return QAccessible::Grouping; }
    /// The widget's name when no accessibleName() is set (a row says its tokens); empty: none.
    virtual QString accessibleFallbackName() const { return {}; }

    virtual int accessiblePartCount() const = 0;
    /// Translated: what the part is ("Stage 2: Three colours, familiar").
    virtual QString accessiblePartName(int part) const = 0;
    /// Where the part is drawn, in the widget's coordinates.
    virtual QRect accessiblePartRect(int part) const = 0;
    /// The part under @p pos (widget coordinates), or -1; by default the last whose rectangle
    /// holds it.
    virtual int accessiblePartAt(const QPoint &pos) const;
    virtual QAccessible::Role accessiblePartRole(int part) const;
    /// Checked, selected, pressed…: focusable, focused and invisible are filled in for you.
    virtual QAccessible::State accessiblePartState(int part) const;
    /// The part the keyboard is on, or -1.
    virtual int accessibleFocusedPart() const { return -1; }
    /// Whether pressing the part does something now (it then has a "press" action).
    virtual bool isAccessiblePartPressable(int part) const = 0;
    /// Does what a click on the part does.
    virtual void pressAccessiblePart(int part) = 0;

protected:
    /// Tells a screen reader that the keyboard moved onto @p part of @p self.
    static void notifyPartFocused(QWidget *self, int part);
};

} // namespace stages
