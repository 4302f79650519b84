#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace stages {

/// Makes Return and Enter press the focused button, as Space does (issue 14, point 5): Qt's
/// buttons take only Space outside dialogs, and children press the big key. One event filter on
/// the application per part of a window given to install() (the main window, each task screen);
/// it lives as long as that part. Tokens keep Return for "this row is done" (the exercise screen
/// submits the row); dialogs keep their own default button.
class ReturnActivates : public QObject
{
    Q_OBJECT

public:
    /// Return and Enter click the focused button inside @p root (root's own window only).
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ReturnActivates(QWidget *root);

    QPointer<QWidget> m_root;
};

} // namespace stages
