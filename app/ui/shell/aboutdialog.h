#pragma once

#include <QDialog>

class QLabel;

namespace stages {

/// "About Stages": the version, what the program is for, and the privacy notice for parents.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QLabel *privacyText() const { return m_privacy; }

private:
    QLabel *m_privacy = nullptr;
};

} // namespace stages
