#pragma once

#include <QWidget>

class QToolButton;

namespace stages {

struct Session;

/// The top bar of the teacher and trainer areas: logo, school, who is signed in, Sign out.
class AreaHeader : public QWidget
{
    Q_OBJECT

public:
    AreaHeader(const QString &schoolName, const Session &session, QWidget *parent = nullptr);

    QToolButton *signOutButton() const { return m_signOut; }

signals:
    void signOutRequested();

private:
    QToolButton *m_signOut = nullptr;
};

} // namespace stages
