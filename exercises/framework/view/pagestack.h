#pragma once

#include <QStackedWidget>

namespace stages {

/// A stacked widget that asks for the room of the page it shows, not of its largest page (as
/// QStackedWidget does): a hidden page (the home's tiles, the result page) never makes a small
/// screen's window grow while another page shows.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit PageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace stages
