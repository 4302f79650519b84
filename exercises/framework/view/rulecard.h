#pragma once

#include "exercises/framework/createrule.h"

#include <QAbstractButton>
#include <QJsonArray>

namespace stages {

/// One rule of a "create" exercise as a picture card a child can pick (issue 8): a little
/// painted example drawn with the exercise's own tokens (rows that start with ●, a crossed-out
/// pair of twins ...) above 2-4 words, the rule's element drawn after them. Compact: the
/// picture alone, small, to keep the picked rule in sight while the rows are built.
class RuleCard : public QAbstractButton
{
    Q_OBJECT

public:
    /// @p elements: the prompt's elements; @p ruleSymbol: which of them the rule names (or -1).
    RuleCard(const CreateRule &rule, const QJsonArray &elements, int ruleSymbol, int itemLength,
             QWidget *parent = nullptr);

    const CreateRule &rule() const { return m_rule; }
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// The key that picks the card ("1"), drawn in its corner.
    void setShortcutText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The example rows of the picture, as symbols; -1 is an empty grey slot.
    QList<QList<int>> exampleRows() const;
    /// Rows in the picture whose element is faint (the part the rule does not care about).
    bool isFaint(int row, int slot) const;
    void paintPicture(QPainter &painter, const QRectF &area) const;
    QColor accent() const;

    CreateRule m_rule;
    QJsonArray m_elements;
    int m_symbol = -1;
    int m_length = 3;
    bool m_compact = false;
    QString m_shortcut;
};

} // namespace stages
