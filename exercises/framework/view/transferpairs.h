#pragma once

#include <QJsonArray>
#include <QList>
#include <QWidget>

namespace stages {

class ItemRowWidget;

/// Which new element stands for which old one in a transfer: each old element beside its new
/// look, so the task is carrying the pattern over, not guessing the code.
class TransferPairs : public QWidget
{
    Q_OBJECT

public:
    TransferPairs(const QJsonArray &from, const QJsonArray &to, QWidget *parent = nullptr);

    /// Old and new of each pair, in turn: old 0, new 0, old 1, new 1 ...
    const QList<ItemRowWidget *> &rows() const { return m_rows; }

private:
    QList<ItemRowWidget *> m_rows;
};

} // namespace stages
