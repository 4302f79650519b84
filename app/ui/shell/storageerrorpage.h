#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace stages {

/// Shown instead of the sign-in (or the setup wizard) when the database cannot be read: what
/// went wrong, that nothing was changed, and a button to try again. Never opens the setup
/// wizard over a school whose data is only unreadable for a moment.
class StorageErrorPage : public QWidget
{
    Q_OBJECT

public:
    explicit StorageErrorPage(QWidget *parent = nullptr);

    void setError(const QString &error);
    QLabel *details() const { return m_details; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    QLabel *m_details = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace stages
