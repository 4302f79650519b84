#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace stages {

/// The top row of a sign-in page: a big "Back" button on the left (hidden when there is
/// nowhere to go back to) and a large heading.
class PageTitle : public QWidget
{
    Q_OBJECT

public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void setBackVisible(bool visible);
    QToolButton *backButton() const { return m_back; }

signals:
    void backClicked();

private:
    QToolButton *m_back = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace stages
